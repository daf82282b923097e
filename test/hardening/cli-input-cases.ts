// The bad-input corpus of the CLI (issue 11 points 12 and 15): files that are not a usable workbook, dates
// that do not exist, and cells that a spreadsheet would run as formulas when it opens the summary's CSV.
import { deflateRawSync } from 'node:zlib';
import type { FileProblem } from '../../src/local/cli';

/** A zip archive holding `entries` (stored uncompressed), written by hand so that no case depends on a zip library. */
export function zipOf(entries: Readonly<Record<string, string>>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(head, nameBytes, data);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + data.length;
  }
  const size = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** How a case's file is made: bytes written under its name, or a path arranged in the temporary folder. */
export type FileMaker =
  | { readonly bytes: (goodXlsx: Buffer) => Buffer }
  | { readonly arrange: 'missing' | 'missingFolder' | 'throughAFile' | 'folder' | 'unreadable' };

export interface FileCase {
  readonly name: string;
  readonly file: string;
  readonly make: FileMaker;
  readonly problem: FileProblem;
}

export const BAD_FILES: readonly FileCase[] = [
  { name: 'an empty file', file: 'empty.xlsx', make: { bytes: () => Buffer.alloc(0) }, problem: 'empty' },
  { name: 'a 0-byte file without extension', file: 'export', make: { bytes: () => Buffer.alloc(0) }, problem: 'empty' },
  { name: 'a CSV renamed .xlsx', file: 'okr.xlsx', make: { bytes: () => Buffer.from('Mã KR,Giá trị\nKR1,"4,3 tỷ"\n') }, problem: 'text' },
  { name: 'a CSV with a UTF-8 byte order mark', file: 'bom.xlsx', make: { bytes: () => Buffer.from('\ufeffKR ID,Value\r\nKR1,5\r\n') }, problem: 'text' },
  {
    name: 'an HTML page saved as .xlsx',
    file: 'login.xlsx',
    make: { bytes: () => Buffer.from('<!DOCTYPE html><html><body>Sign in – Google Accounts</body></html>') },
    problem: 'text',
  },
  { name: 'a one-line text file', file: 'note.xlsx', make: { bytes: () => Buffer.from('x') }, problem: 'text' },
  { name: 'a truncated .xlsx (its first 3 kB)', file: 'partial.xlsx', make: { bytes: (good) => good.subarray(0, 3000) }, problem: 'damaged' },
  { name: 'a .xlsx cut to its zip signature', file: 'cut.xlsx', make: { bytes: (good) => good.subarray(0, 4) }, problem: 'damaged' },
  { name: 'a .xlsx missing its last bytes', file: 'tail.xlsx', make: { bytes: (good) => good.subarray(0, good.length - 10) }, problem: 'damaged' },
  {
    name: 'a .xlsx with garbage in its middle',
    file: 'garbled.xlsx',
    make: { bytes: (good) => Buffer.concat([good.subarray(0, 200), Buffer.alloc(400, 0x41), good.subarray(600)]) },
    problem: 'damaged',
  },
  {
    name: 'a password-protected .xlsx (an OLE compound file)',
    file: 'secret.xlsx',
    make: { bytes: () => Buffer.concat([CFB, Buffer.alloc(504, 0xff)]) },
    problem: 'encrypted',
  },
  { name: 'an old .xls renamed .xlsx', file: 'old.xlsx', make: { bytes: () => Buffer.concat([CFB, Buffer.alloc(1528)]) }, problem: 'encrypted' },
  { name: 'a valid zip that is not a workbook', file: 'archive.xlsx', make: { bytes: () => zipOf({ 'readme.txt': 'hello' }) }, problem: 'notWorkbook' },
  {
    name: 'a .docx renamed .xlsx',
    file: 'letter.xlsx',
    make: { bytes: () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }) },
    problem: 'notWorkbook',
  },
  {
    name: 'an empty zip',
    file: 'nothing.xlsx',
    make: { bytes: () => Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]) },
    problem: 'notWorkbook',
  },
  {
    name: 'a PNG image',
    file: 'chart.xlsx',
    make: { bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    problem: 'notXlsx',
  },
  {
    name: 'gzip data',
    file: 'okr.xlsx.gz',
    make: { bytes: () => Buffer.concat([Buffer.from([0x1f, 0x8b]), deflateRawSync(Buffer.from('okr'))]) },
    problem: 'notXlsx',
  },
  { name: 'UTF-16 text', file: 'utf16.xlsx', make: { bytes: () => Buffer.from('\ufeffKR,1', 'utf16le') }, problem: 'notXlsx' },
  { name: 'a missing file', file: 'nowhere.xlsx', make: { arrange: 'missing' }, problem: 'missing' },
  { name: 'a file in a missing folder', file: 'no-such-folder/okr.xlsx', make: { arrange: 'missingFolder' }, problem: 'missing' },
  { name: 'a path through a file', file: 'plain.txt/okr.xlsx', make: { arrange: 'throughAFile' }, problem: 'missing' },
  { name: 'a folder', file: 'folder', make: { arrange: 'folder' }, problem: 'directory' },
  { name: 'a folder named .xlsx', file: 'folder.xlsx', make: { arrange: 'folder' }, problem: 'directory' },
  { name: 'a file without read permission', file: 'locked.xlsx', make: { arrange: 'unreadable' }, problem: 'noPermission' },
];

/** --today values that are not a day of the calendar, or not written YYYY-MM-DD. */
export const BAD_TODAYS: readonly string[] = [
  '2026-02-31',
  '2026-02-29',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-01-32',
  '26-01-01',
  '2026-1-5',
  '2026/01/05',
  '05/01/2026',
  '2026-01-05T00:00',
  ' 2026-01-05',
  'tomorrow',
  '',
];

export const GOOD_TODAYS: readonly string[] = ['2024-02-29', '2026-12-31', '2027-01-01', '2000-02-29'];

/** A CSV cell as the summary writes it, per OWASP: text that starts a formula gets a quote and is quoted; numbers stay numbers. */
export const CSV_CELLS: readonly (readonly [unknown, string])[] = [
  ['=HYPERLINK("http://evil.example","Bấm")', `"'=HYPERLINK(""http://evil.example"",""Bấm"")"`],
  ["+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
  ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
  ["@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
  ['\t=1+1', `"'\t=1+1"`],
  ['\r=1+1', `"'\r=1+1"`],
  ['=', `"'="`],
  ['-', `"'-"`],
  ['-0.25', `"'-0.25"`],
  ['+84 912 345 678', `"'+84 912 345 678"`],
  [-0.25, '-0.25'],
  [-12, '-12'],
  [0.8388, '0.8388'],
  [0, '0'],
  ['Tăng doanh thu', 'Tăng doanh thu'],
  ['a=b', 'a=b'],
  [' =1+1', ' =1+1'],
  ['4,3 tỷ', '"4,3 tỷ"'],
  ['say "hi"', '"say ""hi"""'],
  ['', ''],
  [true, 'TRUE'],
  [false, 'FALSE'],
];
