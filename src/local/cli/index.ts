/**
 * The okr-sheets command line and the demo company: what the executable (bin.ts) and the tests outside
 * test/cli use. The CLI drives the built bundle in the emulator and reads back what it wrote; it imports
 * nothing from src/actions or src/sheet (test/layout/local-folders.test.ts).
 */
export { main, readWorkbookFile, type Io } from './main';
export { runDemo } from './demo';
export { buildTemplate } from './template';
export { csvCell } from './summary-command';
export type { FileProblem } from './input-file';
// Typing into a workbook as a person would, by column label: the demo's way in, and the tests'.
export { typeCell, typeRows, typeSetting } from './workbook-typist';
