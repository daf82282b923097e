// `npm run screenshots`: the pictures of docs/screenshots/, remade from what `npm start` wrote.
// - the demo's tabs, from out/okr-demo.xlsx, as LibreOffice Calc renders the file (one tab per PDF, first page,
//   cut to its text);
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
  ['Tổng quan', 'dashboard'],
  ['Cây mục tiêu', 'alignment'],
  ['Kết quả then chốt', 'key-results'],
  ['Họp tuần', 'brief'],
  ['Cập nhật tiến độ', 'check-ins'],
];

function need(command, hint) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`${command} is missing: ${hint}`);
    process.exit(1);
  }
}

need('libreoffice', 'apt-get install -y libreoffice-calc');
need('pdftoppm', 'apt-get install -y poppler-utils');
need('pdftotext', 'apt-get install -y poppler-utils');
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  process.exit(1);
}
if (!existsSync(BOOK) || !existsSync(OUTBOX)) {
  console.error(`${BOOK} or ${OUTBOX} is missing: run npm start first`);
  process.exit(1);
}
// Each picture is written over its old self: a run that fails halfway leaves the old ones, not a hole, and
// docs/screenshots/README.md, which says what each picture is, stays.
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'okr-shots-'));

/** Characters of an average Vietnamese line per unit of column width, and the height of one line in points. */
const CHARS_PER_WIDTH = 1.2;
const LINE_POINTS = 15;

/**
 * Google Sheets grows a row to show its wrapped text; LibreOffice does not, on opening an .xlsx row without a
 * height, and draws the lines over the rows above. So the copy gives such rows a height, from the length of
 * their wrapped text and the width of its column: an estimate, enough for the picture to read as the tab does.
 */
function fitWrappedRows(sheet) {
  sheet.eachRow((row) => {
    if (row.height) return;
    let lines = 1;
    row.eachCell((cell) => {
      if (!cell.alignment?.wrapText) return;
      const width = sheet.getColumn(cell.col).width ?? 9;
      const text = String(cell.text ?? '');
      lines = Math.max(lines, ...text.split('\n').map((part) => Math.ceil(part.length / (width * CHARS_PER_WIDTH)) || 1));
    });
    if (lines > 1) row.height = lines * LINE_POINTS;
  });
}

/** A copy of the demo file holding one tab, landscape and one page wide, so the PDF's first page is that tab. */
async function oneTab(name) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(BOOK);
  for (const sheet of [...book.worksheets]) if (sheet.name !== name) book.removeWorksheet(sheet.id);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`no tab ${name} in ${BOOK}`);
  sheet.state = 'visible';
  // A3 landscape, one page wide: a wide tab (Key Results has 16 columns) shrinks less than on Letter.
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 8,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 },
  };
  fitWrappedRows(sheet);
  const file = join(work, `${TABS.find(([n]) => n === name)[1]}.xlsx`);
  await book.xlsx.writeFile(file);
  return { file, locale: /\blocale=(\S+)/.exec(book.keywords ?? '')?.[1] ?? 'en_US' };
}

/** Dots per inch of the tab pictures: the page is shrunk to fit the tab's width, so its text needs them. */
const DPI = 150;
/** Blank points kept around the text of a tab. */
const PADDING = 12;

/**
 * Where the first page of a PDF has text, in points, padded: the picture is cut to it rather than keep the
 * blank rest of the paper. pdftotext -bbox gives each word's box.
 */
function contentBox(pdf) {
  const html = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' });
  const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
  const words = [...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
  if (!page || words.length === 0) throw new Error(`no text on the first page of ${pdf}`);
  const [pageWidth, pageHeight] = [Number(page[1]), Number(page[2])];
  const x = Math.max(0, Math.min(...words.map((w) => w[0])) - PADDING);
  const y = Math.max(0, Math.min(...words.map((w) => w[1])) - PADDING);
  const right = Math.min(pageWidth, Math.max(...words.map((w) => w[2])) + PADDING);
  const bottom = Math.min(pageHeight, Math.max(...words.map((w) => w[3])) + PADDING);
  return { x, y, width: right - x, height: bottom - y };
}

for (const [name, slug] of TABS) {
  const { file: xlsx, locale } = await oneTab(name);
  // Google Sheets shows numbers and dates in the spreadsheet's locale (the demo's is vi_VN: 5.600.000.000,
  // 78,0%); an .xlsx holds no locale but the one the bridge keeps in its Keywords, and LibreOffice takes its
  // own from the environment.
  const env = { ...process.env, LC_ALL: `${locale}.UTF-8`, LANG: `${locale}.UTF-8` };
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'ignore', env });
  const pdf = join(work, `${slug}.pdf`);
  const box = contentBox(pdf);
  const px = (points) => String(Math.round((points * DPI) / 72));
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(DPI),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    '-x',
    px(box.x),
    '-y',
    px(box.y),
    '-W',
    px(box.width),
    '-H',
    px(box.height),
    pdf,
    join(OUT, `tab-${slug}`),
  ]);
  console.log(`${OUT}/tab-${slug}.png  ${name}`);
}

/** The decoded subject and HTML part of an .eml written by the local MailApp (base64 parts, RFC 2047 subject). */
function readEml(file) {
  const text = readFileSync(file, 'utf8');
  const subject = (/^Subject: (.*)$/m.exec(text)?.[1] ?? '').replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64) => Buffer.from(b64, 'base64').toString('utf8'));
  const html = /Content-Type: text\/html; charset=UTF-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(text);
  return { subject, html: html ? Buffer.from(html[1].replace(/\s+/g, ''), 'base64').toString('utf8') : null };
}

// Three kinds, each the first mail holding that kind alone (the demo workbook is Vietnamese).
const KINDS = [
  ['due', /: \d+ kết quả then chốt cần cập nhật tuần này$/],
  ['team', /: Nhóm của bạn còn \d+ kết quả then chốt chưa cập nhật$/],
  ['escalation', /: \d+ kết quả then chốt lâu chưa cập nhật ở các nhóm cấp dưới$/],
];
const files = readdirSync(OUTBOX)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((file) => ({ file, ...readEml(join(OUTBOX, file)) }));
const mails = KINDS.map(([kind, subject]) => {
  const mail = files.find((m) => m.html && subject.test(m.subject));
  if (!mail) throw new Error(`no ${kind} mail in ${OUTBOX}`);
  return { ...mail, kind };
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
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
const pictures = readdirSync(OUT).filter((f) => f.endsWith('.png'));
const total = pictures.reduce((sum, f) => sum + statSync(join(OUT, f)).size, 0);
console.log(`${pictures.length} pictures, ${Math.round(total / 1024)} KB in ${OUT}`);
