// The check-in sidebar in Chromium, its google.script.run calls answered by the vm-loaded bundle.
import type { Browser } from 'playwright-core';
import { describeBrowser, launch, openPage, screenshot } from './harness';
import { SALES_REP, smallCompany, tabValues } from '../support/bundle';

describeBrowser('check-in sidebar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a sales rep checks in two KRs and sees them in Check-ins and in the KR columns', async () => {
    const rt = smallCompany();
    const { page, errors } = await openPage(browser, rt, 'checkin.html', SALES_REP);
    await page.getByText('KR của bạn').waitFor();
    // KR2 is owned by the sales team, KR3 by the rep: both are "mine"; KR1 and KR4 are not shown until searched.
    const mine = page.locator('#mine .kr');
    await expect(mine.count()).resolves.toBe(2);
    await expect(page.locator('#others .kr').count()).resolves.toBe(0);

    await page.getByLabel('Giá trị KR2').fill('4,8 tỷ');
    await page.getByLabel('Mức tự tin KR2').selectOption('On track');
    await page.locator('[data-kr="KR2"] textarea[name="progressNote"]').fill('Ký thêm 3 hợp đồng <b>lớn</b>');
    await page.locator('[data-kr="KR2"] button').click();
    await page.getByText('Đã cập nhật: KR2').waitFor();

    await page.getByLabel('Giá trị KR3').fill('12');
    await page.locator('[data-kr="KR3"] button').click();
    await page.getByText('Đã cập nhật: KR3').waitFor();

    const checkIns = tabValues(rt, ['Cập nhật tiến độ']);
    expect(checkIns.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[7], r[8]])).toEqual([
      ['KR2', 4.8e9, 'Đúng tiến độ', 'Ký thêm 3 hợp đồng <b>lớn</b>', SALES_REP, 'thanh bên'],
      ['KR3', 12, '', '', SALES_REP, 'thanh bên'],
    ]);
    const krs = tabValues(rt, ['Kết quả then chốt']);
    const header = krs[0]!;
    const kr2 = krs.find((r) => r[0] === 'KR2')!;
    expect(kr2[header.indexOf('Hiện tại')]).toBe(4.8e9);
    expect(kr2[header.indexOf('Tiến độ')]).toBeCloseTo(0.5 / 1.3, 6);
    expect(kr2[header.indexOf('Mức tự tin')]).toBe('Đúng tiến độ');
    // The note is shown back as text, never as markup.
    await expect(page.locator('b').count()).resolves.toBe(0);
    await screenshot(page, 'sidebar');
    expect(errors).toEqual([]);
  });

  test('an unreadable value is refused with a message and nothing is written', async () => {
    const rt = smallCompany();
    const { page, errors } = await openPage(browser, rt, 'checkin.html', SALES_REP);
    await page.getByLabel('Giá trị KR3').fill('khoảng chục cái');
    await page.locator('[data-kr="KR3"] button').click();
    await page.getByText('Chưa lưu được: Không đọc được “khoảng chục cái” là một con số', { exact: false }).waitFor();
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('a server failure is shown to the person', async () => {
    const rt = smallCompany();
    const { page } = await openPage(browser, rt, 'checkin.html', SALES_REP);
    await page.getByLabel('Giá trị KR3').waitFor();
    rt.env.injectFault('Range.setValues', 'Service Spreadsheets timed out while accessing document with id x.', 10);
    await page.getByLabel('Giá trị KR3').fill('15');
    await page.locator('[data-kr="KR3"] button').click();
    await page.getByText('Chưa lưu được: Service Spreadsheets timed out', { exact: false }).waitFor();
  });
});
