// The check-in page of the web app (doGet), reached from the reminder e-mail, in Chromium.
import type { Browser } from 'playwright-core';
import { describeBrowser, launch, openPage, screenshot } from './harness';
import { PRODUCT_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

describeBrowser('check-in web app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('lists the person\'s KRs, saves a check-in marked as from the e-mail, and refuses someone else\'s KR', async () => {
    const rt = smallCompany();
    const served = rt.run('doGet', [{ parameter: { kr: 'KR4' } }], { user: PRODUCT_LEAD }) as { getContent(): string; getTitle(): string };
    expect(served.getTitle()).toBe('Cập nhật KR');
    const { page, errors } = await openPage(browser, rt, 'web.html', PRODUCT_LEAD, 420, served.getContent());
    await page.getByLabel('Giá trị KR4').fill('6');
    await page.locator('[data-kr="KR4"] button').click();
    await page.getByText('Đã cập nhật: KR4').waitFor();
    expect(tabValues(rt, ['Cập nhật tiến độ'])[1]!.slice(1, 3).concat(tabValues(rt, ['Cập nhật tiến độ'])[1]![8]!)).toEqual(['KR4', 6, 'email']);

    // KR3 belongs to the sales rep: found by search, but the server refuses it.
    await page.getByPlaceholder('Tìm theo KR, mục tiêu hoặc nhóm').fill('hợp đồng');
    await page.getByLabel('Giá trị KR3').fill('30');
    await page.locator('[data-kr="KR3"] button').click();
    await page.getByText('bạn chỉ cập nhật được KR của mình hoặc của nhóm mình', { exact: false }).waitFor();
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toHaveLength(2);
    await screenshot(page, 'web-app');
    expect(errors).toEqual([]);
  });

  test('a direct call cannot check in another person\'s KR either', () => {
    const rt = smallCompany();
    const reply = rt.run('sidebarCheckIn', [[{ krId: 'KR4', value: '1', confidence: '', progressNote: '', problems: '', plans: '' }]], { user: SALES_REP }) as { saved: number };
    expect(reply.saved).toBe(0);
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toHaveLength(1);
  });
});
