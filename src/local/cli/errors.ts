/**
 * The CLI's exit statuses, as the README's CLI section lists them, and the error that carries one line
 * and its status to `main`'s single catch (clasp's commands do the same: src/index.ts sets the code).
 */
export const EXIT = {
  ok: 0,
  /** `check`: a finding is an error. */
  errorsFound: 1,
  usage: 2,
  /** The named file is missing, a folder, unreadable, or not an .xlsx workbook. */
  unreadableFile: 3,
  /** The file is a spreadsheet without any OKR tab. */
  notOkrWorkbook: 4,
  /** The program ran on the workbook and refused or failed (its own message is printed). */
  runFailed: 5,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  readonly code = 'CLI';

  constructor(
    readonly status: ExitStatus,
    message: string,
  ) {
    super(message);
  }
}
