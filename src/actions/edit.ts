/**
 * The onEdit simple trigger: a person typed in the sheet. Check-ins are stamped and checked; key results
 * get the linter's note; initiative changes are logged with who made them. Simple triggers may edit this
 * file but not send mail.
 */
import { readSettings } from '../sheet/settings-read';
import { findTab, listTabs } from '../sheet/table';
import { withLock } from '../sheet/lock';
import { readWorkbook } from '../sheet/workbook-read';
import { EDIT_LOCK_WAIT_MS, onCheckInEdit, type EditEvent } from './check-in-edit';
import { recordInitiativeChanges } from './initiative-log';
import { onKrEdit } from './kr-edit';
import { currentUser } from './run';
import type { Services } from '../sheet/services';

export function onSheetEdit(s: Services, e: EditEvent): void {
  const id = e.range.getSheet().getSheetId();
  const tabs = listTabs(s.book);
  const is = (key: 'checkIns' | 'initiatives' | 'keyResults') => findTab(s.book, key, tabs)?.getSheetId() === id;
  if (is('checkIns')) onCheckInEdit(s, e);
  else if (is('keyResults')) {
    const { settings } = readSettings(s.book);
    withLock(s, () => onKrEdit(e, settings), EDIT_LOCK_WAIT_MS);
  } else if (is('initiatives') && e.range.getLastRow() >= 2) {
    const known = readSettings(s.book);
    withLock(
      s,
      () => {
        const { workbook } = readWorkbook(s.book, known);
        recordInitiativeChanges(s, workbook.initiatives, known.settings.language, (e.user?.getEmail() ?? '') || currentUser(s));
      },
      EDIT_LOCK_WAIT_MS,
    );
  }
}
