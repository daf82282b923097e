// `npm run screenshots`: the pictures of docs/screenshots/, remade from what `npm start` wrote.
// - the demo's tabs, from out/okr-demo.xlsx, as LibreOffice Calc renders the file (one tab per PDF, first page);
// - three kinds of reminder e-mail, from out/outbox/*.eml, their HTML part in headless Chromium;
// - the check-in page at 300 px, from the browser test that opens it as the web app serves it.
// Needs LibreOffice, pdftoppm and Chromium: apt-get install -y libreoffice-calc poppler-utils chromium
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';

const OUT = 'docs/screenshots';
const BOOK = 'out/okr-demo.xlsx';
const OUTBOX = 'out/outbox';
const CHROMIUM = '/usr/bin/chromium';
/** The demo workbook is Vietnamese: its tabs by their Vietnamese names, and the file each picture goes to. */
const TABS = [
  ['Tổng quan', 'dashboard'], ['Cây mục tiêu', 'alignment'], ['Kết quả then chốt', 'key-results'],
  ['Họp tuần', 'brief'], ['Cập nhật tiến độ', 'check-ins'],
];

function need(command, hint) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`${command} is missing: ${hint}`);
    process.exit(1);
  }
}

need('libreoffice', 'apt-get install -y libreoffice-calc');
need('pdftoppm', 'apt-get install -y poppler-utils');
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  process.exit(1);
}
if (!existsSync(BOOK) || !existsSync(OUTBOX)) {
  console.error(`${BOOK} or ${OUTBOX} is missing: run npm start first`);
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'okr-shots-'));

/** A copy of the demo file holding one tab, landscape and one page wide, so the PDF's first page is that tab. */
async function oneTab(name) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(BOOK);
  for (const sheet of [...book.worksheets]) if (sheet.name !== name) book.removeWorksheet(sheet.id);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`no tab ${name} in ${BOOK}`);
  sheet.state = 'visible';
  sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const file = join(work, `${TABS.find(([n]) => n === name)[1]}.xlsx`);
  await book.xlsx.writeFile(file);
  return file;
}

for (const [name, slug] of TABS) {
  const xlsx = await oneTab(name);
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', join(work, `${slug}.pdf`), join(OUT, `tab-${slug}`)]);
  console.log(`${OUT}/tab-${slug}.png  ${name}`);
}

/** The decoded subject and HTML part of an .eml written by the local MailApp (base64 parts, RFC 2047 subject). */
function readEml(file) {
  const text = readFileSync(file, 'utf8');
  const subject = (/^Subject: (.*)$/m.exec(text)?.[1] ?? '')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64) => Buffer.from(b64, 'base64').toString('utf8'));
  const html = /Content-Type: text\/html; charset=UTF-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(text);
  return { subject, html: html ? Buffer.from(html[1].replace(/\s+/g, ''), 'base64').toString('utf8') : null };
}

// Three kinds, each the first mail holding that kind alone (the demo workbook is Vietnamese).
const KINDS = [
  ['due', /: \d+ kết quả then chốt cần cập nhật tuần này$/],
  ['team', /: Nhóm của bạn còn \d+ kết quả then chốt chưa cập nhật$/],
  ['escalation', /: \d+ kết quả then chốt lâu chưa cập nhật ở các nhóm cấp dưới$/],
];
const files = readdirSync(OUTBOX).filter((f) => f.endsWith('.eml')).sort().map((file) => ({ file, ...readEml(join(OUTBOX, file)) }));
const mails = KINDS.map(([kind, subject]) => {
  const mail = files.find((m) => m.html && subject.test(m.subject));
  if (!mail) throw new Error(`no ${kind} mail in ${OUTBOX}`);
  return { ...mail, kind };
});
const browser = await chromium.launch({
  executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const mail of mails) {
    const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
    // Nothing leaves the machine: a mail's links and images are not fetched.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(mail.html, { waitUntil: 'domcontentloaded' });
    await page.screenshot({ path: join(OUT, `mail-${mail.kind}.png`), fullPage: true });
    await page.close();
    console.log(`${OUT}/mail-${mail.kind}.png  ${mail.subject} (${mail.file})`);
  }
} finally {
  await browser.close();
}

// The check-in page: the browser test serves it through the bundle and keeps its 300 px screenshot.
execFileSync('npx', ['jest', 'test/browser/web-app', '-t', '300 px'], { stdio: 'inherit', env: { ...process.env, CI: 'true' } });
copyFileSync('test-results/web-app-300.png', join(OUT, 'checkin-page-300.png'));
console.log(`${OUT}/checkin-page-300.png`);

rmSync(work, { recursive: true, force: true });
const total = readdirSync(OUT).reduce((sum, f) => sum + statSync(join(OUT, f)).size, 0);
console.log(`${readdirSync(OUT).length} pictures, ${Math.round(total / 1024)} KB in ${OUT}`);
