// The check-in sidebar in Chromium, its google.script.run calls answered by the vm-loaded bundle.
import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import { describeBrowser, launch, openPage, screenshot } from './harness';
import { PRODUCT_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

/** Whether the page scrolls sideways: what a 300 px sidebar must never do. */
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

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
    await page.getByText('KR3: không đọc được “khoảng chục cái” là một con số. Chưa lưu gì', { exact: false }).waitFor();
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('a server failure is shown to the person', async () => {
    const rt = smallCompany();
    const { page } = await openPage(browser, rt, 'checkin.html', SALES_REP);
    await page.getByLabel('Giá trị KR3').waitFor();
    rt.env.injectFault('Sheet.appendRow', 'Service Spreadsheets timed out while accessing document with id x.', 10);
    await page.getByLabel('Giá trị KR3').fill('15');
    await page.locator('[data-kr="KR3"] button').click();
    await page.getByText('Chưa lưu được: Service Spreadsheets timed out', { exact: false }).waitFor();
  });

  test('the last value is pre-filled short, with the full value and its day beside it, and saves back unchanged', async () => {
    const rt = smallCompany();
    rt.run('sidebarCheckIn', [[{ krId: 'KR2', value: '5.040.000.000', confidence: '', progressNote: '', problems: '', plans: '' }]], { user: SALES_REP });
    const { page, errors } = await openPage(browser, rt, 'checkin.html', SALES_REP);
    await expect(page.getByLabel('Giá trị KR2').inputValue()).resolves.toBe('5,04 tỷ');
    await expect(page.locator('[data-kr="KR2"] .hint').textContent()).resolves.toBe('Gần nhất: 5.040.000.000 VND · 05/10/2026');
    await expect(page.locator('[data-kr="KR3"] .hint').textContent()).resolves.toBe('Gần nhất: chưa cập nhật lần nào');
    await expect(page.locator('[data-kr="KR2"] label').first().textContent()).resolves.toMatch(/^Giá trị \(VND\)/);
    const shown = await page.locator('[data-kr]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-kr')));
    await page.locator('[data-kr="KR2"] button').click();
    await page.getByText('Đã cập nhật: KR2').waitFor();
    expect(
      tabValues(rt, ['Cập nhật tiến độ'])
        .slice(1)
        .map((r) => r[2]),
    ).toEqual([5.04e9, 5.04e9]);
    // The reply carries KR2 alone: the page keeps every other KR it showed, KR2 refreshed in its place.
    await expect(page.locator('[data-kr]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-kr')))).resolves.toEqual(shown);
    await expect(page.locator('[data-kr="KR3"] .hint').textContent()).resolves.toBe('Gần nhất: chưa cập nhật lần nào');
    expect(errors).toEqual([]);
  });

  test('a person whose Language is en reads it in English, dates as the English e-mails write them', async () => {
    const rt = smallCompany();
    rt.run('sidebarCheckIn', [[{ krId: 'KR4', value: '6,5', confidence: 'At risk', progressNote: '', problems: '', plans: '' }]], { user: PRODUCT_LEAD });
    const { page, errors } = await openPage(browser, rt, 'checkin.html', PRODUCT_LEAD);
    await page.getByText('Your key results').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByLabel('Value KR4').inputValue()).resolves.toBe('6.5');
    await expect(page.locator('[data-kr="KR4"] .hint').textContent()).resolves.toBe('Last: 6.5 giờ · 2026-10-05');
    await expect(page.getByLabel('Confidence KR4').inputValue()).resolves.toBe('At risk');
    await expect(page.getByPlaceholder('Search by KR, objective or team').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  test.each([
    ['someone not in People', 'khach@example.vn', 'Tài khoản Google khach@example.vn của bạn chưa có trong trang Nhân sự', true],
    ['someone signed out', '', 'Google không cho trang này biết bạn là ai', false],
  ])('%s is told why there is nothing to check in, under no empty heading', async (_, user, explanation, canSearch) => {
    const rt = smallCompany();
    const { page, errors } = await openPage(browser, rt, 'checkin.html', user);
    await page.getByText(explanation, { exact: false }).waitFor();
    await expect(page.locator('#mine-heading').isVisible()).resolves.toBe(false);
    await expect(page.locator('#search').isVisible()).resolves.toBe(canSearch);
    await expect(page.locator('.kr').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  test('fits 300 px with long unbroken titles and notes: nothing scrolls sideways', async () => {
    const rt = smallCompany();
    const long = 'Tăng_doanh_thu_từ_khách_hàng_doanh_nghiệp_lớn_ở_khu_vực_phía_Nam_lên_gấp_đôi_so_với_cùng_kỳ_năm_trước';
    rt.run('sidebarCheckIn', [[{ krId: 'KR2', value: '5.040.000.000', confidence: 'Off track', progressNote: long, problems: '', plans: '' }]], {
      user: SALES_REP,
    });
    rt.env.quiet(() => rt.book.getSheetByName('Kết quả then chốt')!.getRange('C3').setValue(long));
    const { page, errors } = await openPage(browser, rt, 'checkin.html', SALES_REP, 300);
    await page.getByText(long, { exact: false }).first().waitFor();
    await expect(overflowsSideways(page)).resolves.toBe(false);
    await screenshot(page, 'sidebar-300');
    expect(errors).toEqual([]);
  });
});
