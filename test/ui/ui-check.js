#!/usr/bin/env node
// UI check: what a reader sees when opening a Traditional report. Loads the real workbench
// (code-server + Chromium, the integration harness) with this extension, opens the Traditional sample
// and asserts on the rendered page: Simplified text, no glued pinyin, the status-bar item, nothing
// dirty, the file on disk untouched. Saves a screenshot to test-results/screenshots/.
//
// Options: --sample FILE (in samples/, default traditional-district-safety-meeting.txt),
// --name NAME (screenshot name, default simplified-view), --update-docs (also write
// docs/screenshots/NAME.png when every assertion passed), --summary FILE (counts for test-all),
// --wait SECONDS (how long the page may take to settle, default 45), --verbose.
// Exit codes: 0 all assertions passed, 1 an assertion failed, 2 the harness failed.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { paths, readVsCodeSetup } = require('../../scripts/lib/paths');
const { makeRunDir, prepareDirs, startCodeServer } = require('../../scripts/lib/code-server');
const { launchChromium, workbenchUrl, openPage } = require('../../scripts/lib/workbench');
const { copySamples } = require('../../scripts/lib/workspace');
const { onCleanup, runHarness } = require('../../scripts/lib/cleanup');
const { parseArgs, HarnessError } = require('../../scripts/lib/cli');
const { PINYIN_ANNOTATION, deriveExpectations, overviewProvinces } = require('./expectations');

const args = parseArgs(process.argv.slice(2), {
  sample: 'string', name: 'string', 'update-docs': 'flag', summary: 'string', wait: 'number', verbose: 'flag',
});
const sampleName = args.sample || 'traditional-district-safety-meeting.txt';
const shotName = args.name || 'simplified-view';
const settleMs = (args.wait || 45) * 1000;
const STATUS_MARK = '繁→简';

/** Runs in the page: the text a reader sees in the active editor, the status bar and the active tab. */
function readWorkbench() {
  const group = document.querySelector('.editor-group-container.active') || document;
  const lines = [...group.querySelectorAll('.monaco-editor .view-lines .view-line')]
    // Monaco positions lines absolutely; DOM order is not line order.
    .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent.replace(/\u00a0/g, ' ') }))
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text);
  const status = [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')]
    .map((el) => {
      const text = el.textContent.trim();
      const label = el.getAttribute('aria-label') || '';
      return label && label !== text ? `${text} | ${label}` : text || label;
    })
    .filter(Boolean);
  const tab = group.querySelector('.tabs-container .tab.active');
  // Inline decorations render as spans with generated `ced-*` classes.
  const decorated = [...group.querySelectorAll('.monaco-editor .view-lines .view-line span[class*="ced-"]')]
    .map((el) => el.textContent)
    .filter(Boolean);
  return {
    decorated,
    lines,
    status,
    tab: tab ? { label: tab.getAttribute('aria-label') || tab.textContent.trim(), dirty: tab.classList.contains('dirty') } : null,
  };
}

/** Each assertion: a name a reader understands, and a check returning null (ok) or what was wrong. */
function assertions(expect, rawBytes, sampleCopy) {
  const show = (chars) => chars.map((p) => `${p.traditional}→${p.simplified}`).join(' ');
  return [
    ['the editor shows the report', ({ text }) =>
      (text.match(/\p{Script=Han}/gu) || []).length >= 20 ? null : `only ${JSON.stringify(text.slice(0, 80))} is rendered`],
    ['no Traditional character is visible', ({ text }) => {
      const seen = expect.pairs.filter((p) => text.includes(p.traditional));
      return seen.length === 0 ? null : `Traditional characters still on screen: ${[...new Set(seen.map((p) => p.traditional))].slice(0, 12).join(' ')} (expected the Simplified view)`;
    }],
    ['their Simplified counterparts are visible', ({ text }) => {
      const seen = expect.pairs.filter((p) => text.includes(p.simplified));
      const want = Math.min(5, expect.pairs.length);
      return seen.length >= want ? null : `only ${seen.length} of the sample's converted characters on screen (want ≥ ${want}); top pairs: ${show(expect.pairs.slice(0, 8))}`;
    }],
    ['no glued pinyin annotation is visible', ({ text }) => {
      const left = text.match(PINYIN_ANNOTATION) || [];
      return left.length === 0 ? null : `${left.length} annotation(s) on screen, e.g. ${left.slice(0, 4).join(' ')} (the raw sample has ${expect.annotations.length})`;
    }],
    [`a status-bar item shows ${STATUS_MARK}`, ({ status }) =>
      status.some((s) => s.includes(STATUS_MARK)) ? null : `no status-bar item contains ${STATUS_MARK}; items: ${status.map((s) => JSON.stringify(s)).join(', ') || '(none)'}`],
    ['the editor tab is not dirty', ({ tab }) =>
      !tab ? 'no active editor tab' : tab.dirty ? `the active tab "${tab.label}" has unsaved changes` : null],
    ['officials are annotated inline', ({ decorated }) => {
      const names = expect.officials.filter((name) => decorated.includes(name));
      return names.length > 0 ? null : `none of ${expect.officials.join('、') || '(no expected officials)'} is decorated; decorated spans: ${decorated.slice(0, 10).join(' ') || '(none)'}`;
    }],
    ['the file on disk is unchanged', () =>
      sha256(fs.readFileSync(sampleCopy)) === sha256(rawBytes) ? null : `${sampleName} was modified on disk`],
  ];
}

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

function evaluate(checks, state) {
  // Visual lines are joined without a separator: with word wrap on, 區(qū) may be split across two.
  const snapshot = { ...state, text: state.lines.join('') };
  return checks.map(([name, check]) => ({ name, problem: check(snapshot) }));
}

/**
 * Hovers the first decorated official and checks the hover names a title of theirs, as a reader
 * pointing at a name would see it. Screenshot: <name>-hover.png.
 */
async function hoverOfficial(page, expect, shotDir) {
  const name = 'hovering an official shows their titles';
  const target = page.locator('.editor-group-container.active .view-line span[class*="ced-"]', { hasText: new RegExp(`^(${expect.officials.join('|')})$`) }).first();
  try {
    await target.waitFor({ timeout: 20_000 });
    const who = await target.textContent();
    const titles = expect.titlesOf[who] || [];
    await target.hover();
    const hover = page.locator('.monaco-hover .hover-contents, .monaco-hover-content').first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await hover.textContent();
    await delay(300);
    const shot = path.join(shotDir, `${shotName}-hover.png`);
    await page.screenshot({ path: shot });
    const ok = text.includes(who) && titles.some((t) => text.includes(t));
    return { shot: ok ? shot : undefined, result: { name, problem: ok ? null : `the hover over ${who} reads ${JSON.stringify(text.slice(0, 160))}; expected one of ${titles.join('、')}` } };
  } catch (err) {
    return { result: { name, problem: `no hover over an official: ${err.message.split('\n')[0]}` } };
  }
}

/**
 * Opens the Zhengwu activity-bar container and expands the sample's place down to the report: the
 * Corpus view a reader browses. Screenshot: <name>-corpus.png.
 */
async function browseCorpus(page, truth, shotDir) {
  const name = 'the Corpus view shows the report under its province, city and county';
  const places = [truth.locality.province, truth.locality.city, truth.locality.county].filter((x, i, all) => x && all.indexOf(x) === i);
  try {
    await page.locator('.activitybar .action-item a[aria-label*="Zhengwu"], .activitybar .action-item[aria-label*="Zhengwu"]').first().click();
    const tree = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Corpus/i }) });
    for (const place of places) {
      const row = tree.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${place}$`) }) }).first();
      await row.waitFor({ timeout: 60_000 });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    const doc = tree.locator('.monaco-list-row', { hasText: truth.title }).first();
    await doc.waitFor({ timeout: 20_000 });
    await doc.hover();
    await delay(800);
    const shot = path.join(shotDir, `${shotName}-corpus.png`);
    await page.screenshot({ path: shot });
    return { shot, result: { name, problem: null } };
  } catch (err) {
    return { result: { name, problem: `could not browse ${places.join(' › ')} to "${truth.title}": ${err.message.split('\n')[0]}` } };
  }
}

/**
 * Clicks the first similar-passage lens (`↔ N similar · …`) above the report and captures the quick
 * pick of the other reports sharing that passage. Screenshot: <name>-similar.png.
 */
async function similarPick(page, shotDir) {
  const name = 'a similar-passage lens opens the list of reports sharing the passage';
  try {
    const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: '↔' }).first();
    await lens.waitFor({ timeout: 60_000 });
    await lens.click();
    const pick = page.locator('.quick-input-widget .monaco-list-row').first();
    await pick.waitFor({ state: 'visible', timeout: 30_000 });
    await delay(500);
    const shot = path.join(shotDir, `${shotName}-similar.png`);
    await page.screenshot({ path: shot });
    await page.keyboard.press('Escape');
    return { shot, result: { name, problem: null } };
  } catch (err) {
    return { result: { name, problem: `no similar-passage pick: ${err.message.split('\n')[0]}` } };
  }
}

/** The webview's page inside the workbench: VS Code nests it in two iframes. */
function overviewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/**
 * Opens the Corpus Overview from the Corpus view's title bar and checks that its charts were drawn
 * with the samples' data (bars and province names in the SVG, not only an empty frame), tab by tab.
 * Screenshots: overview.png (timeline), overview-places.png, overview-slogans.png.
 */
async function corpusOverview(page, shotDir, cspErrors) {
  const results = [];
  const shots = [];
  const check = (name, problem) => results.push({ name, problem });
  const provinces = overviewProvinces(paths.samplesDir, path.join(paths.repoRoot, 'test', 'fixtures', 'expected'));
  try {
    const button = page.locator('.pane-header .actions .action-label[aria-label*="Corpus Overview"]').first();
    try {
      await button.click({ timeout: 10_000 });
    } catch {
      await page.keyboard.press('F1');
      await page.keyboard.type('Show Corpus Overview');
      await delay(500);
      await page.keyboard.press('Enter');
    }
    const frame = overviewFrame(page);
    const timeline = frame.locator('.chart[data-chart="timeline"] svg');
    await timeline.waitFor({ timeout: 90_000 });
    // Bars arrive as the index fills: wait until every sample's province is in the legend.
    const deadline = Date.now() + 60_000;
    let texts = [];
    for (;;) {
      texts = await frame.locator('.chart[data-chart="timeline"] svg text').allTextContents();
      if (provinces.every((p) => texts.includes(p)) || Date.now() > deadline) break;
      await delay(500);
    }
    const bars = await frame.locator('.chart[data-chart="timeline"] svg path[fill]').count();
    const missing = provinces.filter((p) => !texts.includes(p));
    check('the overview timeline draws bars for every province of the samples', bars >= provinces.length && missing.length === 0 ? null : `${bars} bar paths; provinces missing from the legend: ${missing.join('、') || '(none)'}; texts: ${texts.slice(0, 12).join(' ')}`);
    // Click the tallest bar, as a reader would: the reports of that month and province are listed.
    // A late index change redraws the chart and replaces its bars under the pointer: look again then.
    const barPaths = frame.locator('.chart[data-chart="timeline"] svg path[fill]:not([fill="none"])');
    for (let attempt = 0; attempt < 5; attempt++) {
      const tallest = await barPaths.evaluateAll((els) => {
        const boxes = els.map((el, i) => ({ i, box: el.getBoundingClientRect() })).filter((b) => b.box.width > 0 && b.box.width < 80);
        return boxes.sort((a, b) => b.box.height - a.box.height)[0]?.i ?? -1;
      });
      if (tallest < 0) break;
      const clicked = await barPaths.nth(tallest).click({ timeout: 5_000 }).then(() => true, () => false);
      if (clicked) break;
    }
    const listedMonth = frame.locator('.list-slot li.doc');
    await listedMonth.first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    const monthRows = await listedMonth.count();
    const heading = (await frame.locator('.list-slot h3').first().textContent().catch(() => '')) || '';
    check('clicking a timeline bar lists that month\'s reports', monthRows > 0 && /Reports of \d{4}-\d{2}/.test(heading) ? null : `${monthRows} reports listed under ${JSON.stringify(heading)}`);
    await delay(500);
    shots.push(path.join(shotDir, 'overview.png'));
    await page.screenshot({ path: shots[shots.length - 1] });

    await frame.locator('.tab[data-tab="places"]').click();
    const places = frame.locator('.chart[data-chart="places"] svg');
    await places.waitFor({ timeout: 20_000 });
    const placeTexts = await frame.locator('.chart[data-chart="places"] svg text').allTextContents();
    const placeBars = await frame.locator('.chart[data-chart="places"] svg path[fill]').count();
    const notRanked = provinces.filter((p) => !placeTexts.includes(p));
    check('the Places tab ranks the provinces', placeBars >= provinces.length && notRanked.length === 0 ? null : `${placeBars} bar paths; not on the axis: ${notRanked.join('、')}`);
    await delay(500);
    shots.push(path.join(shotDir, 'overview-places.png'));
    await page.screenshot({ path: shots[shots.length - 1] });
    // Drill into the province with most reports: its cities replace the provinces.
    await frame.locator('.chart[data-chart="places"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await frame.locator('.crumb.current').filter({ hasNotText: 'All provinces' }).waitFor({ timeout: 10_000 });
    const crumb = await frame.locator('.crumb.current').textContent();
    check('the keyboard drills from a province into its cities', provinces.includes(crumb) ? null : `the breadcrumb reads ${JSON.stringify(crumb)}`);

    await frame.locator('.tab[data-tab="slogans"]').click();
    const row = frame.locator('.slogan-table tbody tr').first();
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    await frame.locator('.slogan-detail li.doc').first().waitFor({ timeout: 20_000 });
    const listed = await frame.locator('.slogan-detail li.doc').count();
    // One dot per locality: the y axis names them.
    const localities = (await frame.locator('.chart[data-chart="sloganSpread"] svg text').allTextContents()).filter((t) => t.includes('›') || provinces.includes(t));
    const dots = await frame.locator('.chart[data-chart="sloganSpread"] svg path[fill]:not([fill="none"])').count();
    check('a slogan shows its first appearance per locality and its reports', localities.length > 0 && dots >= localities.length && listed > 0 ? null : `${dots} dots for ${localities.length} localities, ${listed} reports listed`);
    await delay(500);
    shots.push(path.join(shotDir, 'overview-slogans.png'));
    await page.screenshot({ path: shots[shots.length - 1] });
    // The page counts `securitypolicyviolation` events on its root element; the console may not reach us.
    const blocked = await frame.locator('html').getAttribute('data-csp-violations');
    check('the overview page ran without Content-Security-Policy violations', blocked || cspErrors.length ? `${blocked || 0} violation(s) counted by the page; console: ${cspErrors.slice(0, 3).join(' | ') || '(none)'}` : null);
  } catch (err) {
    const shot = path.join(shotDir, 'overview-failed.png');
    await page.screenshot({ path: shot }).catch(() => undefined);
    check('the Corpus Overview opens and draws its charts', `${err.message.split('\n')[0]} (see ${path.relative(paths.repoRoot, shot)})`);
  }
  return { results, shots };
}

async function main() {
  const samplePath = path.join(paths.samplesDir, sampleName);
  if (!fs.existsSync(samplePath)) throw new HarnessError(`sample not found: ${path.relative(paths.repoRoot, samplePath)}`);
  if (!fs.existsSync(paths.extensionBundle)) throw new HarnessError('dist/extension.js is missing: run `npm run build`');
  const setup = readVsCodeSetup();
  if (!setup) throw new HarnessError(`code-server/Chromium are not set up in ${paths.cacheDir}: run \`npm run setup:vscode\``);
  const rawBytes = fs.readFileSync(samplePath);
  let expect;
  try {
    expect = deriveExpectations(rawBytes.toString('utf8'), sampleName);
    // Who the reader should see marked: the sample's ground truth (officials with titles only).
    const truth = JSON.parse(fs.readFileSync(path.join(paths.repoRoot, 'test', 'fixtures', 'expected', sampleName.replace(/\.txt$/, '.json')), 'utf8'));
    const withTitles = truth.officials.filter((o) => o.titles.length > 0);
    expect.officials = withTitles.map((o) => o.name);
    expect.titlesOf = Object.fromEntries(withTitles.map((o) => [o.name, o.titles]));
    expect.truth = truth;
  } catch (err) {
    throw new HarnessError(err.message);
  }

  const runDir = makeRunDir('zwu-');
  const removeRunDir = () => fs.rmSync(runDir, { recursive: true, force: true });
  onCleanup(removeRunDir, removeRunDir);
  const workspace = copySamples(runDir);
  const sampleCopy = path.join(workspace, sampleName);
  // Reports are one long line per paragraph: wrapped, the screenshot shows whole paragraphs.
  const dirs = prepareDirs(runDir, { settings: { 'editor.wordWrap': 'on' } });
  const server = await startCodeServer({ setup, dirs, smokeTestDriver: true, echo: args.verbose });
  const { browser } = await launchChromium();
  // Webview pages log CSP violations to the console; the overview must cause none.
  const cspErrors = [];
  const page = await openPage(browser, {
    onLog: args.verbose ? (level, msg) => console.error(`[workbench ${level}] ${msg}`) : undefined,
  });
  const url = workbenchUrl(server, {
    folder: workspace,
    payload: {
      extensionDevelopmentPath: server.remoteUri(paths.repoRoot),
      openFile: server.remoteUri(sampleCopy),
    },
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text().slice(0, 200));
  });
  console.log(`[ui] opening ${sampleName} in code-server ${setup.codeServerVersion} with the development extension`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  try {
    await page.waitForSelector('.monaco-editor .view-line', { timeout: 60_000 });
  } catch {
    throw new HarnessError(`the workbench did not show an editor within 60s (see ${server.dirs.log}; --verbose for details)`);
  }

  // The extension replaces the raw tab asynchronously: poll until every check holds or time runs out,
  // then judge the last state. Nothing here asserts how long it took.
  const checks = assertions(expect, rawBytes, sampleCopy);
  const deadline = Date.now() + settleMs;
  let results;
  for (;;) {
    results = evaluate(checks, await page.evaluate(readWorkbench));
    if (results.every((r) => !r.problem) || Date.now() > deadline) break;
    await delay(500);
  }
  await delay(300); // let the last paint land before the picture

  const shotDir = path.join(paths.resultsDir, 'screenshots');
  fs.mkdirSync(shotDir, { recursive: true });
  const shot = path.join(shotDir, `${shotName}.png`);
  await page.screenshot({ path: shot });

  const hover = await hoverOfficial(page, expect, shotDir);
  results.push(hover.result);
  await page.keyboard.press('Escape');
  const browse = await browseCorpus(page, expect.truth, shotDir);
  results.push(browse.result);
  const similar = await similarPick(page, shotDir);
  results.push(similar.result);
  const overview = await corpusOverview(page, shotDir, cspErrors);
  results.push(...overview.results);
  const failed = results.filter((r) => r.problem);
  for (const r of results) console.log(`  ${r.problem ? '✘' : '✔'} ${r.name}${r.problem ? `\n      ${r.problem}` : ''}`);
  console.log(`[ui] screenshot: ${path.relative(paths.repoRoot, shot)}`);
  if (args.updateDocs) {
    if (failed.length) console.log('[ui] docs/screenshots not updated: the check failed');
    else {
      const docShot = path.join(paths.repoRoot, 'docs', 'screenshots', `${shotName}.png`);
      fs.mkdirSync(path.dirname(docShot), { recursive: true });
      fs.copyFileSync(shot, docShot);
      console.log(`[ui] updated ${path.relative(paths.repoRoot, docShot)}`);
      for (const extra of [hover.shot, browse.shot, similar.shot, ...overview.shots].filter(Boolean)) {
        fs.copyFileSync(extra, path.join(path.dirname(docShot), path.basename(extra)));
        console.log(`[ui] updated docs/screenshots/${path.basename(extra)}`);
      }
    }
  }
  const summary = { passed: results.length - failed.length, failed: failed.length, pending: 0, failures: failed.map((r) => ({ title: r.name, error: r.problem })) };
  if (args.summary) fs.writeFileSync(args.summary, JSON.stringify(summary, null, 2));
  console.log(`ui: ${summary.passed} passed, ${summary.failed} failed`);
  return failed.length ? 1 : 0;
}

runHarness(main, { tag: 'ui', what: 'the UI check did not reach a verdict', summaryFile: args.summary, HarnessError });
