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

  test("lists the person's KRs, saves a check-in marked as from the e-mail, and refuses someone else's KR", async () => {
    const rt = smallCompany();
    const served = rt.visit({ kr: 'KR4' }, PRODUCT_LEAD) as { getContent(): string; getTitle(): string };
    expect(served.getTitle()).toBe('Cập nhật KR');
    const { page, errors } = await openPage(browser, rt, 'web.html', PRODUCT_LEAD, 420, served.getContent(), 'webApp');
    // The product lead's Language is en: the page speaks English in a Vietnamese workbook.
    await page.getByLabel('Value KR4').fill('6');
    await page.locator('[data-kr="KR4"] button').click();
    await page.getByText('Checked in: KR4').waitFor();
    expect(
      tabValues(rt, ['Cập nhật tiến độ'])[1]!
        .slice(1, 3)
        .concat(tabValues(rt, ['Cập nhật tiến độ'])[1]![8]!),
    ).toEqual(['KR4', 6, 'email']);

    // KR3 belongs to the sales rep: found by search, but the server refuses it, in the person's language.
    await page.getByPlaceholder('Search by KR, objective or team').fill('hợp đồng');
    await page.getByLabel('Value KR3').fill('30');
    await page.locator('[data-kr="KR3"] button').click();
    await page.getByText("you can check in only your own or your team's key results", { exact: false }).waitFor();
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toHaveLength(2);
    await screenshot(page, 'web-app');
    expect(errors).toEqual([]);
  });

  test("a direct call cannot check in another person's KR either", () => {
    const rt = smallCompany();
    const reply = rt.run('sidebarCheckIn', [[{ krId: 'KR4', value: '1', confidence: '', progressNote: '', problems: '', plans: '' }]], { user: SALES_REP }) as {
      saved: number;
    };
    expect(reply.saved).toBe(0);
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toHaveLength(1);
  });

  test.each([
    ['KR3', 'its own KR (the second card)', ''],
    ['kr3', 'its own KR, the ID typed in lower case', ''],
  ])('?kr=%s opens the page on %s: highlighted, scrolled to, its value field focused', async (kr, _, note) => {
    const rt = smallCompany();
    const served = rt.visit({ kr }, SALES_REP) as { getContent(): string };
    const { page, errors } = await openPage(browser, rt, 'web.html', SALES_REP, 300, served.getContent(), 'webApp');
    await page.setViewportSize({ width: 300, height: 400 });
    const card = page.locator('[data-kr="KR3"]');
    await card.waitFor();
    await expect(card.getAttribute('class')).resolves.toBe('kr focus');
    await expect(page.locator('.kr.focus').count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Giá trị KR3');
    await expect(page.evaluate(() => window.scrollY > 0)).resolves.toBe(true);
    await expect(page.locator('#message').textContent()).resolves.toBe(note);
    expect(errors).toEqual([]);
  });

  test("?kr= of someone else's KR shows it, highlighted but not focused, and says kindly why it cannot be checked in", async () => {
    const rt = smallCompany();
    const served = rt.visit({ kr: 'KR3' }, PRODUCT_LEAD) as { getContent(): string };
    const { page, errors } = await openPage(browser, rt, 'web.html', PRODUCT_LEAD, 300, served.getContent(), 'webApp');
    await page.getByText('KR3 is not one of your key results', { exact: false }).waitFor();
    await expect(page.locator('#others [data-kr="KR3"]').getAttribute('class')).resolves.toBe('kr focus');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('BODY');
    await expect(page.locator('#others .kr').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  test("?kr= of a KR the workbook does not have says so, and the page still lists the person's own", async () => {
    const rt = smallCompany();
    const served = rt.visit({ kr: 'KR9' }, SALES_REP) as { getContent(): string };
    const { page, errors } = await openPage(browser, rt, 'web.html', SALES_REP, 300, served.getContent(), 'webApp');
    await page.getByText('Đường dẫn dành cho KR9, nhưng bảng tính này không có KR KR9', { exact: false }).waitFor();
    await expect(page.locator('#mine .kr').count()).resolves.toBe(2);
    await expect(page.locator('.kr.focus').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  test('a hostile ?kr= stays text: no element, no script, the note shows it as typed', async () => {
    const rt = smallCompany();
    const hostile = '"><img src=x onerror=alert(1)>';
    const served = rt.visit({ kr: hostile }, SALES_REP) as { getContent(): string };
    const { page, errors } = await openPage(browser, rt, 'web.html', SALES_REP, 300, served.getContent(), 'webApp');
    await page.getByText(`Đường dẫn dành cho ${hostile}`, { exact: false }).waitFor();
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('body').getAttribute('data-focus')).resolves.toBe(hostile);
    expect(errors).toEqual([]);
  });

  test('at 300 px wide (a phone) nothing scrolls sideways; the screenshot is kept', async () => {
    const rt = smallCompany();
    rt.run('sidebarCheckIn', [[{ krId: 'KR2', value: '5,04 tỷ', confidence: 'At risk', progressNote: '', problems: '', plans: '' }]], { user: SALES_REP });
    const served = rt.visit({ kr: 'KR2' }, SALES_REP) as { getContent(): string };
    const { page, errors } = await openPage(browser, rt, 'web.html', SALES_REP, 300, served.getContent(), 'webApp');
    await expect(page.getByLabel('Giá trị KR2').inputValue()).resolves.toBe('5,04 tỷ');
    await expect(page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).resolves.toBe(false);
    await screenshot(page, 'web-app-300');
    expect(errors).toEqual([]);
  });
});
