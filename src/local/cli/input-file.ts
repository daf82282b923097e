/**
 * Opening the .xlsx a person names on the command line. Every way it can fail to be a workbook (missing,
 * a folder, no permission, empty, password-protected, damaged, another kind of file) is a FileProblem,
 * which the CLI tells in one line with exit status 3; nothing of the zip or xlsx libraries reaches them.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Catalogue } from '../../i18n';
import { snapshotSettings } from './book-read';
import type { BookSnapshot } from '../emulator';
import { readXlsx } from '../xlsx';

export type FileProblem = keyof Catalogue['cli']['file'];

/**
 * An .xlsx is a zip: a local file header "PK\3\4", or the end record "PK\5\6" of an empty archive
 * (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT, 4.3.7 and 4.3.16).
 */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
] as const;

/**
 * Office saves a password-protected .xlsx as an OLE compound file holding the encrypted package
 * (https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-offcrypto/), as an old .xls is; its
 * header signature is D0 CF 11 E0 A1 B1 1A E1 (https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-cfb/05060311-bfce-4b12-874d-71fd4ce63aea).
 */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * What the first bytes of a file say it is: 'zip' (perhaps an .xlsx) or the problem. Text is told apart
 * (a CSV or an HTML page saved as .xlsx) by having no NUL and no other control byte but tab, CR and LF
 * in its first kilobyte.
 * @example sniffFile(Buffer.from('a,b\n1,2\n')) // 'text'
 */
export function sniffFile(bytes: Uint8Array): FileProblem | 'zip' {
  if (bytes.length === 0) return 'empty';
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'zip';
  if (startsWith(bytes, CFB_SIGNATURE)) return 'encrypted';
  const head = bytes.subarray(0, 1024);
  return head.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) ? 'text' : 'notXlsx';
}

function problemOfError(error: unknown): FileProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP') return 'missing';
  if (code === 'EISDIR') return 'directory';
  if (code === 'EACCES' || code === 'EPERM') return 'noPermission';
  throw error;
}

/** The file's bytes, or why it cannot be read at all. */
function readBytes(file: string): { ok: true; bytes: Buffer } | { ok: false; problem: FileProblem } {
  try {
    if (statSync(file).isDirectory()) return { ok: false, problem: 'directory' };
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return { ok: false, problem: problemOfError(error) };
  }
}

export type Opened = { readonly ok: true; readonly book: BookSnapshot } | { readonly ok: false; readonly problem: FileProblem };

/**
 * Reads an .xlsx export: its dates are wall-clock times, so the file is read once to learn the workbook's
 * time zone (our files record it; Google's exports do not, and Settings says it), then read in that zone.
 * A zip that ExcelJS cannot open is damaged (truncated, or its entries broken); one without a worksheet is
 * some other zip (a .docx, an archive).
 */
export async function openWorkbookFile(file: string): Promise<Opened> {
  const read = readBytes(file);
  if (!read.ok) return read;
  const kind = sniffFile(read.bytes);
  if (kind !== 'zip') return { ok: false, problem: kind };
  let first: BookSnapshot;
  try {
    first = await readXlsx(file);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (first.sheets.length === 0) return { ok: false, problem: 'notWorkbook' };
  const zone = snapshotSettings(first).settings.timeZone;
  return { ok: true, book: zone === first.timeZone ? first : { ...(await readXlsx(file, { timeZone: zone })), timeZone: zone } };
}
