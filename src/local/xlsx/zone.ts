/** Conversions between Sheets date instants and the zone-less wall-clock Dates ExcelJS reads and writes. */
import { instantOfWallClock, offsetAt } from '../emulator';

// xlsx stores a date as a serial day count with no zone; ExcelJS maps it to a Date whose UTC fields are
// that wall clock. Sheets shows an instant in the spreadsheet's zone, so the bridge converts with it
// (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).

export { checkTimeZone } from '../emulator';

/** The wall clock of `instant` in `timeZone`, as a Date whose UTC fields are that wall clock. */
export function toWallClock(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
}

/** The instant whose wall clock in `timeZone` is the UTC fields of `wall` (see instantOfWallClock). */
export function fromWallClock(wall: Date, timeZone: string): Date {
  return new Date(instantOfWallClock(wall.getTime(), timeZone));
}
