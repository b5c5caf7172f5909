export const id = 675;
export const ids = [675];
export const modules = {

/***/ 15675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOrgAudit: () => (/* binding */ runOrgAudit)
});

// EXTERNAL MODULE: ./src/policy/load.ts + 3 modules
var load = __webpack_require__(8926);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/policy/trusted.ts + 1 modules
var trusted = __webpack_require__(50795);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/files.ts
var files = __webpack_require__(55772);
// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(54369);
;// CONCATENATED MODULE: ./src/org/reporters/csv.ts
/** One CSV field: formula-neutralised, then quoted when it holds a quote, comma or line break. */
function csvCell(value) {
    let s = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const CSV_COLUMNS = [
    'repository',
    'file',
    'line',
    'action',
    'rule',
    'tool',
    'tool_version',
    'ecosystem',
    'package',
    'version',
    'spec',
    'source',
    'message',
    'exception',
    'commit',
    'link',
    'rule_link',
];
function renderOrgCsv(report) {
    const commits = new Map(report.repositories.map((r) => [r.name, r.commit]));
    const rows = [CSV_COLUMNS.join(',')];
    for (const f of report.findings) {
        rows.push([
            f.repository,
            f.location.file,
            f.location.line,
            f.action,
            f.ruleId,
            f.tool ?? '',
            f.toolVersion ?? '',
            f.component.ecosystem,
            f.component.name,
            f.component.version ?? '',
            f.component.spec ?? '',
            f.source,
            f.message,
            f.exception ? `${f.exception.reason} (until ${f.exception.expires})` : '',
            commits.get(f.repository) ?? '',
            f.link,
            f.ruleLink ?? '',
        ]
            .map(csvCell)
            .join(','));
    }
    return rows.join('\r\n') + '\r\n';
}

;// CONCATENATED MODULE: ./src/org/aggregate.ts
function toolOf(f) {
    return f.tool ?? `${f.component.ecosystem}:${f.component.name}`;
}
function versionOf(f) {
    if (f.tool)
        return f.toolVersion ?? f.component.version ?? f.component.spec ?? 'unknown';
    return f.component.version ?? f.component.spec ?? 'unknown';
}
/** Per tool, then per version; most findings first, then by name. */
function countTools(report) {
    const tools = new Map();
    for (const f of report.findings) {
        const name = toolOf(f);
        let t = tools.get(name);
        if (!t) {
            t = {
                t: { tool: name, findings: 0, failed: 0, warned: 0, passed: 0, repositories: 0, versions: [] },
                repos: new Set(),
                versions: new Map(),
            };
            tools.set(name, t);
        }
        const version = versionOf(f);
        let v = t.versions.get(version);
        if (!v) {
            v = {
                v: { tool: name, version, findings: 0, failed: 0, warned: 0, passed: 0, repositories: 0 },
                repos: new Set(),
            };
            t.versions.set(version, v);
        }
        for (const c of [t.t, v.v]) {
            c.findings++;
            if (f.action === 'fail')
                c.failed++;
            else if (f.action === 'warn')
                c.warned++;
            else
                c.passed++;
        }
        t.repos.add(f.repository.toLowerCase());
        v.repos.add(f.repository.toLowerCase());
    }
    const byCount = (key) => (a, b) => b.findings - a.findings || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    return [...tools.values()]
        .map(({ t, repos, versions }) => ({
        ...t,
        repositories: repos.size,
        versions: [...versions.values()]
            .map(({ v, repos: r }) => ({ ...v, repositories: r.size }))
            .sort(byCount((x) => x.version)),
    }))
        .sort(byCount((x) => x.tool));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/org/report.ts
// The org audit's JSON report (schemaVersion 1, mode "org-audit"): every finding located in its
// repository with a link to the line at the scanned commit, and one entry per repository.

/** Statuses that mean a repository was not fully judged: the audit fails closed on them. */
function isUnscanned(status) {
    return status !== 'scanned' && status !== 'policy-error' && status !== 'empty';
}
/** A digest of what a policy decides (rules, exceptions, settings), independent of where it was read. */
function policyDigest(policy, repoPolicy) {
    const strip = (v) => {
        if (Array.isArray(v))
            return v.map(strip);
        if (v === null || typeof v !== 'object')
            return v;
        const out = {};
        for (const k of Object.keys(v).sort()) {
            if (k === 'origin' || k === 'definedIn')
                continue;
            out[k] = strip(v[k]);
        }
        return out;
    };
    const canonical = JSON.stringify(strip({ settings: policy.settings, rules: policy.rules, exceptions: policy.exceptions, repoPolicy }));
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex');
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const ACTION_ORDER = { fail: 0, warn: 1, pass: 2 };
function compareOrgFindings(a, b) {
    return (cmp(a.repository.toLowerCase(), b.repository.toLowerCase()) ||
        cmp(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.component.name, b.component.name));
}
function compareOrgErrors(a, b) {
    return (cmp(a.repository.toLowerCase(), b.repository.toLowerCase()) ||
        cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        cmp(a.message, b.message));
}
/** Totals over repositories and findings. */
function summarize(repositories, findings, requests, durationMs) {
    return {
        repositories: repositories.length,
        scanned: repositories.filter((r) => r.status === 'scanned' || r.status === 'policy-error').length,
        notScanned: repositories.filter((r) => isUnscanned(r.status)).length,
        repositoriesFailed: repositories.filter((r) => r.failed > 0).length,
        filesScanned: repositories.reduce((n, r) => n + r.filesScanned, 0),
        components: repositories.reduce((n, r) => n + r.components, 0),
        failed: findings.filter((f) => f.action === 'fail').length,
        warned: findings.filter((f) => f.action === 'warn').length,
        passed: findings.filter((f) => f.action === 'pass').length,
        requests,
        durationMs,
    };
}
/** Whether the audit fails: a failing finding, a file that could not be scanned, or a repository that could not be. */
function orgAuditFails(report, failOn) {
    if (failOn === 'never')
        return false;
    return report.summary.failed > 0 || report.errors.length > 0 || report.summary.notScanned > 0;
}

;// CONCATENATED MODULE: ./src/org/reporters/html.ts
// A self-contained HTML report of an org audit: inline CSS and JS, no network (a Content Security
// Policy forbids it), a sortable and filterable table of findings, a chart of tools and versions
// as inline SVG, links to each line on GitHub. Every string from repositories is escaped.


function escapeHtml(s) {
    return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** An href only for http(s) URLs; anything else (javascript:, data:) is dropped. */
function safeHref(url) {
    return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? escapeHtml(url) : null;
}
const CSS = `
:root{--fail:#c62828;--warn:#b26a00;--pass:#2e7d32;--line:#d0d7de;--muted:#57606a}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
header{padding:20px 28px;border-bottom:1px solid var(--line);background:#f6f8fa}h1{margin:0 0 4px;font-size:22px}
main{padding:16px 28px}h2{font-size:17px;margin:26px 0 10px}.muted{color:var(--muted)}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-top:12px}.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;background:#fff;min-width:120px}
.card b{display:block;font-size:22px}.card.fail b{color:var(--fail)}.card.warn b{color:var(--warn)}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;position:sticky;top:0}th button{all:unset;cursor:pointer;font-weight:600}th button::after{content:" \\2195";color:#8c959f}
th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
td.num,th.num{text-align:right}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:13px;padding:2px 8px;border-radius:12px;color:#fff;vertical-align:middle}.badge.bad{background:var(--fail)}.badge.good{background:var(--pass)}
.fail{color:var(--fail);font-weight:600}.warn{color:var(--warn);font-weight:600}.pass{color:var(--pass)}
.controls{display:flex;gap:10px;align-items:center;flex-wrap:wrap;margin:8px 0}input[type=search]{padding:5px 8px;min-width:280px;border:1px solid var(--line);border-radius:6px}
select{padding:4px 6px;border:1px solid var(--line);border-radius:6px}svg text{font:12px system-ui,sans-serif}
`;
const JS = `
(function(){
  function cellValue(row, i){var c=row.cells[i];var v=c.getAttribute('data-value');return v!==null?v:c.textContent.trim();}
  document.querySelectorAll('table.sortable').forEach(function(table){
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th,i){
      var b=th.querySelector('button'); if(!b) return;
      b.addEventListener('click',function(){
        var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
        Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',dir);
        var numeric=th.classList.contains('num');
        var rows=Array.prototype.slice.call(table.tBodies[0].rows);
        rows.sort(function(a,b){
          var x=cellValue(a,i),y=cellValue(b,i);
          var r=numeric?(Number(x)-Number(y)):x.localeCompare(y,undefined,{numeric:true,sensitivity:'base'});
          return dir==='ascending'?r:-r;
        });
        rows.forEach(function(r){table.tBodies[0].appendChild(r);});
      });
    });
  });
  var q=document.getElementById('filter'),act=document.getElementById('action'),count=document.getElementById('shown');
  var table=document.getElementById('findings');
  function apply(){
    if(!table) return;
    var words=q.value.toLowerCase().split(/\\s+/).filter(Boolean),a=act.value,n=0;
    Array.prototype.forEach.call(table.tBodies[0].rows,function(r){
      var text=r.textContent.toLowerCase();
      var ok=(a===''||r.getAttribute('data-action')===a)&&words.every(function(w){return text.indexOf(w)>=0;});
      r.hidden=!ok; if(ok) n++;
    });
    count.textContent=String(n);
  }
  if(q){q.addEventListener('input',apply);act.addEventListener('change',apply);apply();}
})();
`;
/** Horizontal bars: per tool, its versions, by repositories affected, split into failing and other. */
function chart(report) {
    const tools = countTools(report).slice(0, 12);
    if (tools.length === 0)
        return '<p class="muted">No findings: nothing to chart.</p>';
    const rows = [];
    for (const t of tools) {
        rows.push({
            label: t.tool,
            tool: true,
            failed: t.failed,
            other: t.warned + t.passed,
            repos: t.repositories,
        });
        for (const v of t.versions.slice(0, 10))
            rows.push({
                label: v.version,
                tool: false,
                failed: v.failed,
                other: v.warned + v.passed,
                repos: v.repositories,
            });
    }
    const max = Math.max(1, ...rows.map((r) => r.failed + r.other));
    const labelW = 300;
    const barW = 420;
    const rowH = 22;
    const height = rows.length * rowH + 30;
    const parts = [];
    parts.push(`<svg id="chart" role="img" aria-label="Findings per tool and version" width="${labelW + barW + 180}" height="${height}" viewBox="0 0 ${labelW + barW + 180} ${height}" xmlns="http://www.w3.org/2000/svg">`);
    rows.forEach((r, i) => {
        const y = i * rowH + 4;
        const fw = Math.round((r.failed / max) * barW);
        const ow = Math.round((r.other / max) * barW);
        const label = r.label.length > 44 ? r.label.slice(0, 43) + '…' : r.label;
        parts.push(`<g class="bar" data-tool="${r.tool ? 'yes' : 'no'}"><title>${escapeHtml(`${r.label}: ${r.failed} failing, ${r.other} other, in ${r.repos} repositories`)}</title>` +
            `<text x="${r.tool ? 4 : 20}" y="${y + 14}"${r.tool ? ' font-weight="600"' : ''}>${escapeHtml(label)}</text>` +
            `<rect x="${labelW}" y="${y + 3}" width="${fw}" height="14" fill="#c62828"/>` +
            `<rect x="${labelW + fw}" y="${y + 3}" width="${ow}" height="14" fill="#d29922"/>` +
            `<text x="${labelW + fw + ow + 6}" y="${y + 14}">${r.failed + r.other} in ${r.repos} repo${r.repos === 1 ? '' : 's'}</text></g>`);
    });
    const ly = rows.length * rowH + 14;
    parts.push(`<rect x="${labelW}" y="${ly}" width="12" height="12" fill="#c62828"/><text x="${labelW + 16}" y="${ly + 10}">failing</text>` +
        `<rect x="${labelW + 80}" y="${ly}" width="12" height="12" fill="#d29922"/><text x="${labelW + 96}" y="${ly + 10}">warning or excepted</text></svg>`);
    return parts.join('\n');
}
function renderOrgHtml(report) {
    const s = report.summary;
    const e = escapeHtml;
    const title = `ai-tooling-gate org audit: ${report.organization}`;
    const scope = report.shard
        ? ` · shard ${report.shard.index}/${report.shard.count}`
        : report.mergedShards && report.mergedShards > 1
            ? ` · ${report.mergedShards} shards merged`
            : '';
    const commitOf = new Map(report.repositories.map((r) => [r.name, r.commit]));
    const findingRows = report.findings.map((f) => {
        const href = safeHref(f.link);
        const where = `${f.location.file}:${f.location.line}`;
        const version = f.component.version ?? f.component.spec ?? '';
        const tool = f.tool ? `${f.tool} ${f.toolVersion ?? '?'}` : '';
        const ruleHref = f.ruleLink ? safeHref(f.ruleLink) : null;
        const rule = `<code>${e(f.ruleId)}</code>`;
        return (`<tr data-action="${e(f.action)}">` +
            `<td>${e(f.repository)}</td>` +
            `<td data-value="${e(f.location.file)}:${String(f.location.line).padStart(9, '0')}">${href ? `<a href="${href}" rel="noreferrer noopener" target="_blank"><code>${e(where)}</code></a>` : `<code>${e(where)}</code>`}</td>` +
            `<td><code>${e(f.component.name)}</code></td><td><code>${e(version)}</code></td><td>${e(tool)}</td>` +
            `<td>${ruleHref ? `<a href="${ruleHref}" rel="noreferrer noopener" target="_blank">${rule}</a>` : rule}</td><td class="${e(f.action)}">${f.action === 'pass' ? `excepted until ${e(f.exception?.expires ?? '?')}` : e(f.action)}</td>` +
            `<td>${e(f.message)}</td><td><code>${e((commitOf.get(f.repository) ?? '').slice(0, 12))}</code></td></tr>`);
    });
    const repoRows = report.repositories.map((r) => `<tr><td>${e(r.name)}</td><td class="${isUnscanned(r.status) ? 'fail' : r.status === 'policy-error' ? 'warn' : ''}">${e(r.status)}</td>` +
        `<td class="num">${r.failed}</td><td class="num">${r.warned}</td><td class="num">${r.components}</td><td class="num">${r.filesScanned}</td><td class="num">${r.requests}</td>` +
        `<td><code>${e(r.defaultBranch)}</code></td><td><code>${e(r.commit.slice(0, 12))}</code></td><td>${e(r.reason ?? '')}</td></tr>`);
    const errorRows = report.errors.map((x) => `<tr><td>${e(x.repository)}</td><td><code>${e(x.file)}${x.line ? ':' + x.line : ''}</code></td><td>${e(x.message)}</td></tr>`);
    const failing = s.failed > 0 || report.errors.length > 0 || s.notScanned > 0;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1><span class="badge ${failing ? 'bad' : 'good'}">${failing ? 'FAIL' : 'PASS'}</span> ${e(title)}</h1>
<div class="muted">Generated ${e(report.generatedAt)}${e(scope)} · policy ${e(report.policy.sources.join(', '))} <code>${e(report.policy.digest.slice(0, 19))}</code></div>
<div class="cards">
<div class="card"><b id="total-repositories">${s.repositories}</b>repositories</div>
<div class="card"><b>${s.scanned}</b>scanned</div>
<div class="card${s.notScanned ? ' fail' : ''}"><b>${s.notScanned}</b>not scanned</div>
<div class="card fail"><b id="total-failed">${s.failed}</b>failing findings</div>
<div class="card fail"><b>${s.repositoriesFailed}</b>repositories failing</div>
<div class="card warn"><b id="total-warned">${s.warned}</b>warnings</div>
<div class="card"><b>${s.requests}</b>API requests</div>
</div>
</header>
<main>
<h2>Tools and versions across the organisation</h2>
${chart(report)}
<h2>Findings</h2>
<div class="controls"><input type="search" id="filter" placeholder="Filter: repository, file, package, version, rule…" aria-label="Filter findings">
<label>Action <select id="action"><option value="">all</option><option value="fail">fail</option><option value="warn">warn</option><option value="pass">excepted</option></select></label>
<span class="muted"><span id="shown">${report.findings.length}</span> of ${report.findings.length} shown</span></div>
<table id="findings" class="sortable"><thead><tr><th><button>Repository</button></th><th><button>Where</button></th><th><button>Package</button></th><th><button>Version</button></th><th><button>Tool</button></th><th><button>Rule</button></th><th><button>Action</button></th><th>Message</th><th>Commit</th></tr></thead>
<tbody>
${findingRows.join('\n')}
</tbody></table>
<h2>Repositories</h2>
<table id="repositories" class="sortable"><thead><tr><th><button>Repository</button></th><th><button>Status</button></th><th class="num"><button>Failing</button></th><th class="num"><button>Warnings</button></th><th class="num"><button>Components</button></th><th class="num"><button>Files</button></th><th class="num"><button>Requests</button></th><th>Branch</th><th>Commit</th><th>Reason</th></tr></thead>
<tbody>
${repoRows.join('\n')}
</tbody></table>
${errorRows.length ? `<h2>Files that could not be scanned</h2><table id="errors"><thead><tr><th>Repository</th><th>File</th><th>Reason</th></tr></thead><tbody>${errorRows.join('\n')}</tbody></table>` : ''}
</main>
<script>${JS}</script>
</body>
</html>
`;
}

// EXTERNAL MODULE: ./src/reporters/summary.ts
var summary = __webpack_require__(39654);
;// CONCATENATED MODULE: ./src/org/reporters/org-summary.ts
// The org audit's Markdown: the job summary (and `--format markdown`): totals, tools and versions
// across the organisation, a row per repository, the repositories not scanned, the findings.




const STATUS_LABEL = {
    scanned: 'scanned',
    'policy-error': '⚠️ own policy invalid',
    empty: 'empty',
    'not-found': '❌ not found',
    unavailable: '❌ unavailable (451)',
    'too-large': '❌ too large',
    error: '❌ error',
};
function org_summary_link(text, url) {
    return /^https?:\/\//.test(url) ? `[${text}](${url.replace(/[()\s]/g, encodeURIComponent)})` : text;
}
function renderOrgSummary(report, options = {}) {
    const max = options.maxBytes ?? summary/* SUMMARY_MAX_BYTES */.eR;
    const h = '#'.repeat(options.headingLevel ?? 2);
    const s = report.summary;
    const failing = s.failed > 0 || report.errors.length > 0 || s.notScanned > 0;
    const out = [];
    let used = 0;
    let dropped = 0;
    const reserve = 600;
    const push = (line, force = false) => {
        const n = Buffer.byteLength(line) + 1;
        if (!force && used + n + reserve > max) {
            dropped++;
            return false;
        }
        out.push(line);
        used += n;
        return true;
    };
    const scope = report.shard
        ? ` (shard ${report.shard.index}/${report.shard.count})`
        : report.mergedShards && report.mergedShards > 1
            ? ` (${report.mergedShards} shards merged)`
            : '';
    push(`${h} ${failing ? '❌' : '✅'} ai-tooling-gate: org audit of ${(0,markdown/* mdText */.bC)(report.organization)}${scope}`, true);
    push('', true);
    const empty = report.repositories.filter((r) => r.status === 'empty').length;
    push(`**${s.repositories}** repositories: ${s.scanned} scanned, ${s.notScanned} not scanned, ${empty} empty · ` +
        `**${s.failed}** failing findings in ${s.repositoriesFailed} repositories · ${s.warned} warnings · ${s.passed} excepted · ` +
        `${report.errors.length} unreadable files · ${s.filesScanned} files, ${s.components} components · ${s.requests} API requests in ${(s.durationMs / 1000).toFixed(1)} s`, true);
    push('', true);
    const sel = report.selection;
    push(`Policy: ${report.policy.sources.map(markdown/* mdCode */.xs).join(', ')}${sel.repoPolicy === 'merge' ? ' (with each repository’s own policy merged under it)' : ''}. ` +
        `Left out: ${sel.excluded.archived} archived, ${sel.excluded.forks} forks, ${sel.excluded.patterns} by the repositories globs` +
        `${sel.excluded.otherShards ? `, ${sel.excluded.otherShards} in other shards` : ''}.`, true);
    for (const n of report.notices)
        push(`\n> ${(0,markdown/* mdText */.bC)(n.message)}`, true);
    push('', true);
    const tools = countTools(report);
    if (tools.length > 0) {
        push(`${h}# Tools and versions across the organisation`);
        push('');
        push('| Tool or package | Version | Repositories | Failing | Warnings | Excepted |');
        push('|---|---|---:|---:|---:|---:|');
        for (const t of tools) {
            push(`| **${(0,markdown/* mdText */.bC)(t.tool)}** | all | ${t.repositories} | ${t.failed} | ${t.warned} | ${t.passed} |`);
            for (const v of t.versions)
                push(`| ${(0,markdown/* mdText */.bC)(t.tool)} | ${(0,markdown/* mdCode */.xs)(v.version)} | ${v.repositories} | ${v.failed} | ${v.warned} | ${v.passed} |`);
        }
        push('');
    }
    const notScanned = report.repositories.filter((r) => isUnscanned(r.status) || r.status === 'policy-error');
    if (notScanned.length > 0) {
        push(`${h}# Repositories not (fully) scanned`);
        push('');
        push('| Repository | Status | Reason |');
        push('|---|---|---|');
        for (const r of notScanned)
            push(`| ${(0,markdown/* mdText */.bC)(r.name)} | ${STATUS_LABEL[r.status]} | ${(0,markdown/* mdText */.bC)(r.reason ?? '')} |`);
        push('');
    }
    push(`${h}# Repositories`);
    push('');
    push('| Repository | Status | Failing | Warnings | Components | Files | Commit |');
    push('|---|---|---:|---:|---:|---:|---|');
    const order = [...report.repositories].sort((a, b) => b.failed - a.failed || b.warned - a.warned || (a.name < b.name ? -1 : 1));
    for (const r of order) {
        const commit = r.commit
            ? org_summary_link((0,markdown/* mdCode */.xs)(r.commit.slice(0, 12)), `${report.serverUrl}/${r.name}/tree/${r.commit}`)
            : '';
        push(`| ${(0,markdown/* mdText */.bC)(r.name)} | ${STATUS_LABEL[r.status]} | ${r.failed} | ${r.warned} | ${r.components} | ${r.filesScanned} | ${commit} |`);
    }
    push('');
    if (report.findings.length > 0) {
        push(`${h}# Findings`);
        push('');
        push('| Repository | Where | Component | Rule | Action |');
        push('|---|---|---|---|---|');
        for (const f of report.findings) {
            const where = org_summary_link((0,markdown/* mdCode */.xs)(`${f.location.file}:${f.location.line}`), f.link);
            const comp = (0,markdown/* mdCode */.xs)(`${f.component.name}@${f.component.version ?? f.component.spec ?? '?'}`);
            const action = f.action === 'pass'
                ? `excepted until ${f.exception?.expires ?? '?'}`
                : f.action === 'fail'
                    ? '❌ fail'
                    : '⚠️ warn';
            const rule = f.ruleLink ? org_summary_link((0,markdown/* mdCode */.xs)(f.ruleId), f.ruleLink) : (0,markdown/* mdCode */.xs)(f.ruleId);
            push(`| ${(0,markdown/* mdText */.bC)(f.repository)} | ${where} | ${comp} | ${rule} | ${action} |`);
        }
        push('');
    }
    if (report.errors.length > 0) {
        push(`${h}# Files that could not be scanned`);
        push('');
        for (const e of report.errors)
            push(`- ${(0,markdown/* mdText */.bC)(e.repository)}: ${(0,markdown/* mdCode */.xs)(`${e.file}${e.line ? ':' + e.line : ''}`)} ${(0,markdown/* mdText */.bC)(e.message)}`);
        push('');
    }
    if (dropped > 0)
        push(`_${dropped} more lines are left out to fit the summary; the JSON, CSV and HTML reports have everything._`, true);
    return out.join('\n') + '\n';
}
/** Plain text for a terminal: one line per repository, then every finding. */
function renderOrgText(report) {
    const s = report.summary;
    const lines = [];
    lines.push(`org audit of ${report.organization}: ${s.repositories} repositories, ${s.scanned} scanned, ${s.notScanned} not scanned; ${s.failed} failing, ${s.warned} warning findings in ${s.repositoriesFailed} repositories; ${s.requests} API requests`);
    for (const r of report.repositories) {
        lines.push(`  ${r.name}  ${r.status}${r.reason ? ` (${r.reason})` : ''}  ${r.failed} failing, ${r.warned} warnings, ${r.components} components, ${r.filesScanned} files${r.commit ? ` @ ${r.commit.slice(0, 12)}` : ''}`);
    }
    for (const f of report.findings) {
        lines.push(`${f.action.toUpperCase()}  ${f.repository}/${f.location.file}:${f.location.line}  ${f.message}  [${f.ruleId}${f.ruleLink ? ` ${f.ruleLink}` : ''}]  ${f.link}`);
    }
    for (const e of report.errors)
        lines.push(`ERROR  ${e.repository}/${e.file}${e.line ? ':' + e.line : ''}  ${e.message}`);
    for (const n of report.notices)
        lines.push(`NOTICE  ${n.message}`);
    return lines.map((l) => l.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '?')).join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/sources/directory.ts
var directory = __webpack_require__(36253);
;// CONCATENATED MODULE: ./src/org/estimate.ts
/** The token's core REST budget (GET /rate_limit does not count against it); null when unknown. */
async function readRateBudget(client) {
    try {
        const { data } = await client.rest.rateLimit.get();
        const core = data.resources.core;
        return { limit: core.limit, remaining: core.remaining, reset: core.reset };
    }
    catch {
        return null;
    }
}
/**
 * Requests an audit needs: 1 list page per 100 repositories, 2 per repository (the default
 * branch's commit and its tree; more only for trees GitHub truncates) and one per blob a detector
 * reads (`blobsPerRepository`, measured or assumed).
 */
function estimateRequests(listed, repositories, blobsPerRepository) {
    const listPages = Math.max(1, Math.ceil(listed / 100));
    const treeCalls = 2 * repositories;
    const blobs = Math.ceil(blobsPerRepository * repositories);
    return { listPages, treeCalls, blobs, total: listPages + treeCalls + blobs };
}
/** Blobs a repository needs when nothing is measured yet: a lockfile or two, a workflow, a devcontainer. */
const ASSUMED_BLOBS_PER_REPOSITORY = 4;
function describeEstimate(e, budget, now = Date.now()) {
    const est = `Estimated API requests: ${e.total} (${e.listPages} list page${e.listPages === 1 ? '' : 's'}, ${e.treeCalls} branch and tree calls, ~${e.blobs} blobs)`;
    if (!budget)
        return `${est}; the token's rate limit could not be read.`;
    const mins = Math.max(0, Math.ceil((budget.reset * 1000 - now) / 60000));
    const verdict = e.total <= budget.remaining
        ? 'enough for this run'
        : `NOT enough: the run will wait for the limit to reset (in ${mins} min) or fail; use --shard i/n over several jobs or a GitHub App token`;
    return `${est}; the token has ${budget.remaining} of ${budget.limit} left (resets in ${mins} min): ${verdict}.`;
}

;// CONCATENATED MODULE: ./src/org/list.ts
async function listOrgRepositories(client, org) {
    const repositories = [];
    let pages = 0;
    for await (const page of client.paginate.iterator(client.rest.repos.listForOrg, {
        org,
        type: 'all',
        per_page: 100,
    })) {
        pages++;
        for (const r of page.data) {
            repositories.push({
                owner: r.owner.login,
                name: r.name,
                fullName: r.full_name,
                defaultBranch: r.default_branch ?? 'main',
                archived: r.archived === true,
                fork: r.fork,
                private: r.private,
                size: r.size ?? 0,
                htmlUrl: r.html_url,
            });
        }
    }
    return { repositories, pages };
}

// EXTERNAL MODULE: ./src/inventory/reconcile.ts
var reconcile = __webpack_require__(59268);
// EXTERNAL MODULE: ./src/catalog/index.ts + 1 modules
var catalog = __webpack_require__(26742);
// EXTERNAL MODULE: ./src/inventory/engine.ts + 5 modules
var engine = __webpack_require__(75054);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 2 modules
var evaluate = __webpack_require__(40572);
// EXTERNAL MODULE: ./src/policy/relevance.ts
var relevance = __webpack_require__(27245);
// EXTERNAL MODULE: ./src/gate/scan.ts + 1 modules
var scan = __webpack_require__(61164);
// EXTERNAL MODULE: ./src/util/lines.ts
var lines = __webpack_require__(70895);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/org/policy.ts
// The org audit's policies: the central policy every repository is judged by, and (by option) a
// repository's own policy file merged under it. The central policy's rules stay locked: a
// repository may add rules and exceptions to its own rules, never redefine or except a central one.





/** Loads the central policy: `builtin:NAME`, `github:OWNER/REPO/PATH@REF` or a local file. */
async function loadCentralPolicy(ref, readGithub) {
    return loadPolicy(ref, { readGithub });
}
/** A repository's own policy file at the scanned commit, or null when it has none. */
async function readRepoPolicyText(source) {
    for (const path of trusted/* DEFAULT_POLICY_PATHS */.aj) {
        const bytes = await source.read(path, 1024 * 1024);
        if (bytes !== null)
            return { path, text: (0,util_text/* decodeText */.g)(bytes) };
    }
    return null;
}
/**
 * The central policy with a repository's policy merged under it. Throws a PolicyError naming the
 * repository's file when it redefines a central rule or excepts one.
 */
function mergeRepoPolicy(central, repoPolicy, label) {
    if (repoPolicy.settings.advisories === 'off' && central.settings.advisories !== 'off') {
        throw new load/* PolicyError */.pn(label, 1, 1, 'settings.advisories: off: the central policy keeps the built-in advisories on, and a repository policy merged under it cannot turn them off');
    }
    const centralIds = new Set(central.rules.map((r) => r.id));
    const repoIds = new Set();
    for (const rule of repoPolicy.rules) {
        if (centralIds.has(rule.id)) {
            throw new load/* PolicyError */.pn(label, rule.origin?.line ?? 1, rule.origin?.column ?? 1, `rule "${rule.id}" is defined by the central policy, whose rules are locked; a repository cannot redefine it`);
        }
        repoIds.add(rule.id);
    }
    for (const ex of repoPolicy.exceptions) {
        if (centralIds.has(ex.rule)) {
            throw new load/* PolicyError */.pn(label, ex.origin?.line ?? 1, ex.origin?.column ?? 1, `exception for rule "${ex.rule}": the rule belongs to the central policy, whose rules are locked; only the central policy may grant exceptions to it`);
        }
        if (!repoIds.has(ex.rule)) {
            throw new load/* PolicyError */.pn(label, ex.origin?.line ?? 1, ex.origin?.column ?? 1, `exception for rule "${ex.rule}": no such rule in the repository's policy`);
        }
    }
    return {
        version: 1,
        // A repository cannot loosen how unknown versions are judged.
        settings: central.settings,
        rules: [...central.rules, ...repoPolicy.rules],
        exceptions: [...central.exceptions, ...repoPolicy.exceptions],
        sources: [...central.sources, label],
    };
}
/**
 * Parses a repository's policy text. Before the policy parser sees it, the file is checked against
 * the central policy (its `extends` are not followed: the central policy is its only base; it may
 * not redefine or except a central rule), so those refusals read the same whatever the parser
 * would say about the file on its own.
 */
function parseRepoPolicy(label, text, central) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length === 0 && (0,dist/* isMap */.jh)(doc.contents)) {
        const at = (node) => node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
            ? (0,lines/* lineAt */.mh)(text, node.range[0])
            : 1;
        const ext = doc.contents.get('extends', true);
        if (ext !== undefined && ext !== null) {
            throw new load/* PolicyError */.pn(label, at(ext), 1, 'extends: a repository policy in an org audit extends the central policy only; list the rules in the file itself');
        }
        if (central) {
            const centralIds = new Set(central.rules.map((r) => r.id));
            const rules = doc.contents.get('rules', true);
            for (const item of (0,dist/* isSeq */.oP)(rules) ? rules.items : []) {
                const id = (0,dist/* isMap */.jh)(item) ? item.get('id', true) : undefined;
                if ((0,dist/* isScalar */.jn)(id) && centralIds.has(String(id.value))) {
                    throw new load/* PolicyError */.pn(label, at(id), 1, `rule "${String(id.value)}" is defined by the central policy, whose rules are locked; a repository cannot redefine it`);
                }
            }
            const exceptions = doc.contents.get('exceptions', true);
            for (const item of (0,dist/* isSeq */.oP)(exceptions) ? exceptions.items : []) {
                const rule = (0,dist/* isMap */.jh)(item) ? item.get('rule', true) : undefined;
                if ((0,dist/* isScalar */.jn)(rule) && centralIds.has(String(rule.value))) {
                    throw new load/* PolicyError */.pn(label, at(rule), 1, `exception for rule "${String(rule.value)}": the rule belongs to the central policy, whose rules are locked; only the central policy may grant exceptions to it`);
                }
            }
        }
    }
    return (0,load/* parsePolicyText */.XL)(label, text);
}

// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(78022);
// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(70813);
;// CONCATENATED MODULE: ./src/org/tree.ts



/** The tree cannot be read within the audit's limits. */
class TreeTooLargeError extends Error {
}
function entry(e, prefix) {
    return {
        path: prefix + (e.path ?? ''),
        mode: e.mode ?? '',
        type: e.type ?? '',
        sha: e.sha ?? '',
        ...(typeof e.size === 'number' ? { size: e.size } : {}),
    };
}
async function readRepoTree(client, owner, repo, commit, limits) {
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
    if (!data.truncated) {
        const entries = data.tree.map((e) => entry(e, ''));
        const files = entries.filter((e) => e.type === 'blob').length;
        if (files > limits.maxFiles)
            throw new TreeTooLargeError(`${files} files exceed the limit of ${limits.maxFiles} files`);
        return { entries, treeRequests: 1, walked: false };
    }
    return walkTree(client, owner, repo, commit, limits, completeSubtrees(data.tree.map((e) => entry(e, ''))));
}
/**
 * The sub-trees a truncated recursive listing already holds completely, by path, each with every
 * entry below it. GitHub lists a tree depth first (a folder, then everything in it, then its next
 * sibling) and truncates the end: a folder is complete once an entry outside it follows. When the
 * listing is not depth first (an entry whose folder is not open), nothing is reused.
 */
function completeSubtrees(listing) {
    const complete = new Map();
    const open = [];
    for (let i = 0; i < listing.length; i++) {
        const e = listing[i];
        const parent = e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : '';
        while (open.length > 0 && open[open.length - 1].path !== parent) {
            const done = open.pop();
            complete.set(done.path, listing.slice(done.start + 1, i));
        }
        if (parent !== '' && open.length === 0)
            return new Map();
        if (e.type === 'tree')
            open.push({ path: e.path, start: i });
    }
    return complete;
}
/** Reads a tree level by level (each sub-tree non-recursively), skipping node_modules and .git. */
async function walkTree(client, owner, repo, commit, limits, 
/** Sub-trees the truncated listing holds completely: taken as they are, not requested. */
known = new Map()) {
    const entries = [];
    const queue = [{ sha: commit, prefix: '' }];
    let treeRequests = 1; // the truncated recursive listing
    let files = 0;
    let failure;
    const worker = async () => {
        while (queue.length > 0 && !failure) {
            const { sha, prefix } = queue.shift();
            if (treeRequests >= limits.maxTreeRequests) {
                failure = new TreeTooLargeError(`the tree is too large for the GitHub API listing and walking it needs more than ${limits.maxTreeRequests} requests`);
                return;
            }
            treeRequests++;
            let data;
            try {
                ({ data } = await client.rest.git.getTree({ owner, repo, tree_sha: sha }));
            }
            catch (e) {
                failure = e;
                return;
            }
            if (data.truncated) {
                failure = new TreeTooLargeError(`the folder ${prefix || '/'} has too many entries for the GitHub API listing`);
                return;
            }
            const add = (e) => {
                if (e.type === 'blob' && ++files > limits.maxFiles) {
                    failure = new TreeTooLargeError(`more than ${limits.maxFiles} files: over the limit of ${limits.maxFiles} files`);
                    return false;
                }
                entries.push(e);
                return true;
            };
            for (const raw of data.tree) {
                const e = entry(raw, prefix);
                if (e.type !== 'tree') {
                    if (!add(e))
                        return;
                    continue;
                }
                if ((0,source/* isSkippedPath */.cT)(e.path))
                    continue;
                const below = known.get(e.path);
                if (!below) {
                    queue.push({ sha: e.sha, prefix: e.path + '/' });
                    continue;
                }
                // What walking it would add: the entries that are not folders, outside node_modules and .git.
                for (const d of below) {
                    if (d.type === 'tree' || (0,source/* isSkippedPath */.cT)(d.path.slice(0, d.path.lastIndexOf('/'))))
                        continue;
                    if (!add(d))
                        return;
                }
            }
        }
    };
    // Workers take sub-trees as earlier reads add them; when every worker has stopped on an empty
    // queue while the last reads were adding more, a new round starts.
    const width = Math.max(1, limits.concurrency ?? 4);
    do {
        await Promise.all(Array.from({ length: Math.min(width, Math.max(1, queue.length)) }, worker));
    } while (queue.length > 0 && !failure);
    if (failure)
        throw failure;
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { entries, treeRequests, walked: true };
}
/** The files of a listed tree, read blob by blob through the API (each blob at most once). */
class ApiTreeSource {
    client;
    owner;
    repo;
    commit;
    description;
    byPath = new Map();
    blobs = new Map();
    constructor(client, owner, repo, commit, entries) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
        this.commit = commit;
        this.description = `github:${owner}/${repo}@${commit}`;
        for (const e of entries)
            if (e.type === 'blob')
                this.byPath.set(e.path, e);
    }
    list() {
        return Promise.resolve([...this.byPath.keys()].filter((p) => !(0,source/* isSkippedPath */.cT)(p)).sort());
    }
    blob(sha) {
        let p = this.blobs.get(sha);
        if (!p) {
            p = (0,files/* readBlob */.gm)(this.client, this.owner, this.repo, sha).catch((e) => {
                this.blobs.delete(sha);
                throw new source/* SourceReadError */.Ct(`cannot be read from the GitHub API: ${e.message.split('\n')[0]}`);
            });
            this.blobs.set(sha, p);
        }
        return p;
    }
    async read(path, maxBytes) {
        const e = await (0,git/* resolveInTree */.O4)(this.byPath, path, (link) => this.blob(link.sha));
        if (!e)
            return null;
        if (e.mode === '160000')
            throw new source/* SourceReadError */.Ct('not a regular file');
        if (e.size !== undefined && e.size > maxBytes) {
            throw new source/* SourceReadError */.Ct(`file is ${e.size} bytes, over the limit of ${maxBytes} bytes`);
        }
        const bytes = await this.blob(e.sha);
        if (bytes.length > maxBytes)
            throw new source/* SourceReadError */.Ct(`file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
        return bytes;
    }
}

;// CONCATENATED MODULE: ./src/org/scan-repo.ts
// One repository of an org audit: its default branch's commit, its tree, the blobs the detectors
// read, the components judged by the policy. Failures become a status and a reason, never a throw.










/** A link to a file and line at a commit on the web server. */
function lineLink(serverUrl, fullName, commit, file, line) {
    const path = file.split('/').map(encodeURIComponent).join('/');
    const repo = fullName.split('/').map(encodeURIComponent).join('/');
    return `${serverUrl.replace(/\/+$/, '')}/${repo}/blob/${commit}/${path}${line > 0 ? `#L${line}` : ''}`;
}
function statusOf(e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    if (e instanceof TreeTooLargeError)
        return { status: 'too-large', reason: message };
    const code = (0,github_client/* httpStatus */.nG)(e);
    switch (code) {
        case 409:
            return { status: 'empty', reason: `the repository has no commits (HTTP 409: ${message})` };
        case 404:
            return {
                status: 'not-found',
                reason: `HTTP 404: ${message} (deleted, renamed or not readable with this token)`,
            };
        case 451:
            return { status: 'unavailable', reason: `HTTP 451: ${message} (blocked for legal reasons)` };
        default:
            return { status: 'error', reason: code ? `HTTP ${code}: ${message}` : message };
    }
}
async function scanRepository(ctx, repo) {
    const base = {
        name: repo.fullName,
        status: 'scanned',
        findings: 0,
        failed: 0,
        warned: 0,
        components: 0,
        filesScanned: 0,
        errors: 0,
        defaultBranch: repo.defaultBranch,
        commit: '',
        archived: repo.archived,
        fork: repo.fork,
    };
    const none = (status, reason) => ({
        result: { ...base, status, reason },
        findings: [],
        errors: [],
        notices: [],
    });
    let commit;
    let source;
    let walked;
    try {
        const { data: ref } = await ctx.client.rest.git.getRef({
            owner: repo.owner,
            repo: repo.name,
            ref: `heads/${repo.defaultBranch}`,
        });
        if (ref.object.type !== 'commit') {
            return none('error', `the default branch ${repo.defaultBranch} points at a ${ref.object.type}, not a commit`);
        }
        commit = ref.object.sha;
        const tree = await readRepoTree(ctx.client, repo.owner, repo.name, commit, {
            maxFiles: ctx.limits.maxFiles,
            maxTreeRequests: ctx.maxTreeRequests,
        });
        walked = tree.walked;
        source = new ApiTreeSource(ctx.client, repo.owner, repo.name, commit, tree.entries);
    }
    catch (e) {
        const { status, reason } = statusOf(e);
        return none(status, reason);
    }
    base.commit = commit;
    if (walked)
        base.treeWalked = true;
    let policy = ctx.policy;
    let status = 'scanned';
    let reason;
    if (ctx.repoPolicy === 'merge') {
        try {
            const own = await readRepoPolicyText(source);
            if (own) {
                const label = `${repo.fullName}/${own.path}@${commit}`;
                policy = mergeRepoPolicy(ctx.policy, parseRepoPolicy(label, own.text, ctx.policy), label);
                base.repoPolicy = own.path;
            }
        }
        catch (e) {
            status = 'policy-error';
            reason = `its own policy cannot be used, so it is judged by the central policy alone: ${e instanceof load/* PolicyError */.pn ? e.message : e.message}`;
        }
    }
    let inv;
    try {
        inv = await (0,engine/* inventory */.pf)(source, {
            limits: ctx.limits,
            ...(ctx.detectors ? { detectors: ctx.detectors } : {}),
            concurrency: ctx.fileConcurrency ?? 8,
        });
    }
    catch (e) {
        const s = statusOf(e);
        return { ...none(s.status, s.reason), result: { ...base, status: s.status, reason: s.reason } };
    }
    // Judged as `scan` judges a directory: manifest entries a lockfile pins are judged at the lockfile,
    // unpinned specs some rule names are resolved to what an install gets now.
    let components = (0,reconcile/* reconcileManifests */.fU)(inv.components);
    const scanErrors = [...inv.errors];
    if (ctx.resolve)
        components = await (0,scan/* resolveRelevant */.Eq)(ctx.resolve, components, scanErrors, (0,relevance/* nameFilter */.I)(policy, catalog/* catalog */.U$));
    const { findings, notices } = (0,evaluate/* evaluate */._3)(components, policy, {
        catalog: catalog/* catalog */.U$,
        ...(ctx.now ? { now: ctx.now } : {}),
    });
    const orgFindings = findings.map(({ link: ruleLink, ...f }) => ({
        repository: repo.fullName,
        ...f,
        ...(ruleLink ? { ruleLink } : {}),
        link: lineLink(ctx.serverUrl, repo.fullName, commit, f.location.file, f.location.line),
    }));
    const errors = scanErrors.map((e) => ({ repository: repo.fullName, ...e }));
    return {
        result: {
            ...base,
            status,
            ...(reason ? { reason } : {}),
            findings: orgFindings.length,
            failed: orgFindings.filter((f) => f.action === 'fail').length,
            warned: orgFindings.filter((f) => f.action === 'warn').length,
            components: inv.components.length,
            filesScanned: inv.filesScanned,
            errors: errors.length,
        },
        findings: orgFindings,
        errors,
        notices,
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/org/select.ts
// Which repositories of an organisation an audit covers: name globs with `!` exclusions, archived
// and forked repositories only when asked for.

class SelectionError extends Error {
}
/**
 * Parses the `repositories` input: globs separated by newlines or commas; `!glob` excludes; `#`
 * starts a comment line. A glob with a `/` matches `owner/name`, one without matches the name.
 */
function parseRepositoryPatterns(text) {
    const include = [];
    const exclude = [];
    for (const raw of text.split(/[\n,]/)) {
        const item = raw.trim();
        if (item === '' || item.startsWith('#'))
            continue;
        const negated = item.startsWith('!');
        const glob = (negated ? item.slice(1) : item).trim();
        if (glob === '')
            throw new SelectionError(`"${item}" is not a repository glob`);
        if (!/^[A-Za-z0-9._*?[\]{}\-/!]+$/.test(glob) || glob.split('/').length > 2) {
            throw new SelectionError(`"${glob}" is not a repository name or glob (letters, digits, . _ - and * ? [ ] { })`);
        }
        (negated ? exclude : include).push(glob);
    }
    return { include, exclude };
}
function matcher(globs) {
    const tests = globs.map((g) => {
        const m = picomatch_default()(g.toLowerCase(), { dot: true });
        return g.includes('/')
            ? (r) => m(r.fullName.toLowerCase())
            : (r) => m(r.name.toLowerCase());
    });
    return (r) => tests.some((t) => t(r));
}
/** The repositories an audit covers, sorted by full name; names compare case-insensitively. */
function selectRepositories(repos, selection) {
    const included = selection.include.length > 0 ? matcher(selection.include) : () => true;
    const excludedByGlob = selection.exclude.length > 0 ? matcher(selection.exclude) : () => false;
    const excluded = { archived: 0, forks: 0, patterns: 0 };
    const selected = [];
    for (const r of repos) {
        if (!included(r) || excludedByGlob(r))
            excluded.patterns++;
        else if (r.archived && !selection.includeArchived)
            excluded.archived++;
        else if (r.fork && !selection.includeForks)
            excluded.forks++;
        else
            selected.push(r);
    }
    selected.sort((a, b) => compareNames(a.fullName, b.fullName));
    return { selected, excluded };
}
function compareNames(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/org/shard.ts
// Splitting an organisation's repositories over several jobs: a repository's shard is a hash of
// its full name, so it stays in the same shard as other repositories are added or removed.

class ShardError extends Error {
}
/** Parses `i/n` (1 ≤ i ≤ n ≤ 256). */
function parseShard(text) {
    const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    if (!m)
        throw new ShardError(`shard "${text}" must be written i/n, e.g. 2/8`);
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > 256)
        throw new ShardError(`shard "${text}": n must be between 1 and 256`);
    if (index < 1 || index > count)
        throw new ShardError(`shard "${text}": i must be between 1 and ${count}`);
    return { index, count };
}
/** The 1-based shard of a repository among `count`: SHA-256 of the lowercased full name, mod count. */
function shardOf(fullName, count) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(fullName.toLowerCase()).digest();
    return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}
function inShard(fullName, shard) {
    return shard === null || shard.count === 1 || shardOf(fullName, shard.count) === shard.index;
}

;// CONCATENATED MODULE: ./src/org/audit.ts






async function auditOrganization(options) {
    const started = Date.now();
    const log = options.log ?? (() => { });
    const { client, requests } = options.api;
    const budget = await readRateBudget(client);
    const listing = await listOrgRepositories(client, options.organization);
    const { selected, excluded } = selectRepositories(listing.repositories, options.selection);
    const mine = selected.filter((r) => inShard(r.fullName, options.shard));
    const otherShards = selected.length - mine.length;
    log(`${options.organization}: ${listing.repositories.length} repositories listed, ${selected.length} selected` +
        ` (left out: ${excluded.archived} archived, ${excluded.forks} forks, ${excluded.patterns} by the repositories globs)` +
        (options.shard ? `; shard ${options.shard.index}/${options.shard.count} has ${mine.length}` : ''));
    log(describeEstimate(estimateRequests(listing.repositories.length, mine.length, ASSUMED_BLOBS_PER_REPOSITORY), budget));
    const results = new Array(mine.length);
    const findings = [];
    const errors = [];
    const noticesByRepo = [];
    let next = 0;
    let done = 0;
    const width = String(mine.length).length;
    const worker = async () => {
        while (next < mine.length) {
            const i = next++;
            const repo = mine[i];
            const before = requests.forRepo(repo.fullName);
            const scan = await scanRepository({
                client,
                policy: options.policy,
                repoPolicy: options.repoPolicy,
                limits: options.limits,
                maxTreeRequests: options.maxTreeRequests ?? 2000,
                serverUrl: options.serverUrl,
                ...(options.detectors ? { detectors: options.detectors } : {}),
                ...(options.now ? { now: options.now } : {}),
                ...(options.resolve ? { resolve: options.resolve } : {}),
            }, repo);
            results[i] = { ...scan.result, requests: requests.forRepo(repo.fullName) - before };
            for (const f of scan.findings)
                findings.push(f);
            for (const e of scan.errors)
                errors.push(e);
            if (scan.result.status === 'scanned' || scan.result.status === 'policy-error')
                noticesByRepo.push(scan.notices);
            done++;
            const r = scan.result;
            const what = r.status === 'scanned'
                ? `${r.findings} finding${r.findings === 1 ? '' : 's'}${r.errors ? `, ${r.errors} unreadable file${r.errors === 1 ? '' : 's'}` : ''}`
                : `${r.status}: ${r.reason ?? ''}`;
            log(`[${String(done).padStart(width)}/${mine.length}] ${repo.fullName} … ${what}`);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, mine.length || 1)) }, worker));
    const notices = orgNotices(noticesByRepo);
    findings.sort(compareOrgFindings);
    errors.sort(compareOrgErrors);
    const summary = summarize(results, findings, requests.total, Date.now() - started);
    const perRepo = mine.length ? (summary.requests / mine.length).toFixed(1) : '0';
    log(`Done: ${summary.scanned} of ${mine.length} repositories scanned, ${summary.failed} failing and ${summary.warned} warning findings, ${summary.notScanned} not scanned; ${summary.requests} API requests (${perRepo} per repository) in ${(summary.durationMs / 1000).toFixed(1)} s`);
    return {
        schemaVersion: 1,
        mode: 'org-audit',
        organization: options.organization,
        serverUrl: options.serverUrl,
        generatedAt: new Date(started).toISOString(),
        ...(options.shard && options.shard.count > 1 ? { shard: options.shard } : {}),
        selection: {
            repositories: [...options.selection.include, ...options.selection.exclude.map((g) => '!' + g)],
            includeArchived: options.selection.includeArchived,
            includeForks: options.selection.includeForks,
            repoPolicy: options.repoPolicy,
            listed: listing.repositories.length,
            excluded: { ...excluded, otherShards },
        },
        findings,
        errors,
        notices,
        repositories: results,
        summary,
        policy: { sources: options.policy.sources, digest: policyDigest(options.policy, options.repoPolicy) },
    };
}
/**
 * Policy notices across repositories: an expired exception is told once; a central exception is
 * stale only when it matched nothing in any repository.
 */
function orgNotices(perRepo) {
    const out = [];
    const seen = new Set();
    const staleCount = new Map();
    for (const list of perRepo) {
        for (const n of list) {
            if (n.kind === 'stale-exception') {
                const s = staleCount.get(n.message) ?? { notice: n, n: 0 };
                s.n++;
                staleCount.set(n.message, s);
            }
            else if (!seen.has(n.message)) {
                seen.add(n.message);
                out.push(n);
            }
        }
    }
    for (const { notice, n } of staleCount.values()) {
        if (n === perRepo.length)
            out.push({
                ...notice,
                message: notice.message.replace('matches nothing', 'matches nothing in any repository'),
            });
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/org/client.ts
// The org audit's REST client: the project's Octokit plugins (retry, throttling) with delays that
// tests can shorten, 409 (empty repository) not retried, and a count of every HTTP request sent.




class RequestCounter {
    total = 0;
    byRepo = new Map();
    count(url) {
        this.total++;
        const m = /\/repos\/([^/?#]+)\/([^/?#]+)/.exec(new URL(url).pathname);
        if (m) {
            const key = `${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`.toLowerCase();
            this.byRepo.set(key, (this.byRepo.get(key) ?? 0) + 1);
        }
    }
    forRepo(fullName) {
        return this.byRepo.get(fullName.toLowerCase()) ?? 0;
    }
}
/** Requests GitHub answers the same way however often they are repeated: not retried. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];
function createOrgClient(token, options = {}) {
    const retries = options.retries ?? 3;
    const unit = options.retryUnitMs ?? 1000;
    const log = options.log ?? (() => { });
    const requests = new RequestCounter();
    const countingFetch = (input, init) => {
        requests.count(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        return fetch(input, init);
    };
    const onLimit = (kind) => (0,github_client/* rateLimitHandler */.IY)(kind, retries, log);
    const client = (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.baseUrl ?? (0,github_client/* apiBaseUrl */.tj)(),
        userAgent: 'ai-tooling-gate (org audit)',
        request: { fetch: countingFetch },
        retry: { retries, retryAfterBaseValue: unit, doNotRetry: DO_NOT_RETRY },
        throttle: {
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    return { client, requests };
}
/** The web URL of the server behind an API URL: api.github.com → github.com; GHES /api/v3 → host. */
function serverUrlFor(apiUrl, env = process.env) {
    if (env.GITHUB_SERVER_URL)
        return env.GITHUB_SERVER_URL.replace(/\/+$/, '');
    const u = new URL(apiUrl);
    if (u.hostname === 'api.github.com')
        return 'https://github.com';
    if (/^api\./.test(u.hostname) && u.hostname.endsWith('.ghe.com'))
        return `https://${u.hostname.slice(4)}`;
    return `${u.protocol}//${u.host}`;
}

// EXTERNAL MODULE: ./src/resolver/index.ts + 4 modules
var resolver = __webpack_require__(70007);
;// CONCATENATED MODULE: ./src/org/resolve.ts

/** The audit's resolve hook (one resolver for every repository), or null when `registry` is not an http(s) URL. */
function orgResolveHook(options) {
    if (options.registry !== undefined && (0,resolver/* normalizeRegistry */.l5)(options.registry) === null)
        return null;
    return (0,resolver/* auditResolveHook */.xl)((0,resolver/* createNpmResolver */.S_)({
        // Never read: `projectNpmrc: null` stands for the repositories' files.
        root: '/nonexistent',
        projectNpmrc: null,
        offline: options.offline,
        env: options.env,
        ...(options.registry !== undefined ? { registry: options.registry } : {}),
    }));
}

;// CONCATENATED MODULE: ./src/action/org-audit.ts
// The action's `mode: org-audit`: audits every selected repository of an organisation and writes
// the JSON, CSV and HTML reports, the job summary and the outputs.





















function bool(name) {
    const raw = core.getInput(name).trim().toLowerCase();
    if (raw === '' || raw === 'false')
        return false;
    if (raw === 'true')
        return true;
    throw new Error(`input ${name} must be true or false, not "${raw}"`);
}
async function runOrgAudit(env = process.env, options = {}) {
    try {
        const organization = core.getInput('organization').trim() || env.GITHUB_REPOSITORY_OWNER || '';
        if (!organization)
            throw new Error('mode org-audit needs the organization input');
        const token = core.getInput('token');
        if (!token)
            throw new Error('mode org-audit needs a token that can read the repositories (the token input)');
        // The runner masks github.token and secrets passed as inputs; core.setSecret would print the token.
        const patterns = parseRepositoryPatterns(core.getInput('repositories'));
        const shardInput = core.getInput('shard').trim();
        const shard = shardInput ? parseShard(shardInput) : null;
        const failOnInput = core.getInput('fail-on').trim() || 'any';
        if (!['introduced', 'any', 'never'].includes(failOnInput))
            throw new Error(`input fail-on must be one of introduced, any, never, not "${failOnInput}"`);
        // An audit has nothing "introduced": every failing finding counts.
        const failOn = failOnInput === 'never' ? 'never' : 'any';
        const repoPolicyInput = core.getInput('repo-policy').trim() || 'ignore';
        if (repoPolicyInput !== 'ignore' && repoPolicyInput !== 'merge')
            throw new Error(`input repo-policy must be ignore or merge, not "${repoPolicyInput}"`);
        const registry = core.getInput('registry').trim();
        const resolveVersions = orgResolveHook({
            offline: bool('offline'),
            ...(registry !== '' ? { registry } : {}),
            env,
        });
        if (resolveVersions === null)
            throw new Error(`input registry must be an http(s) URL, not "${registry}"`);
        const baseUrl = (0,github_client/* apiBaseUrl */.tj)(env);
        const log = (m) => core.info(m);
        const api = createOrgClient(token, {
            baseUrl,
            log,
            ...(options.retryUnitMs !== undefined ? { retryUnitMs: options.retryUnitMs } : {}),
        });
        const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
        const readGithub = (o, r, p, ref) => (0,files/* readGithubFileWith */.K4)(api.client, o, r, p, ref);
        const { policy, source: origin } = (0,external_node_fs_.existsSync)(workspace)
            ? await (0,trusted/* loadTrustedPolicy */.iz)({
                input: core.getInput('policy'),
                trusted: new directory/* DirectorySource */.D(workspace),
                readGithub,
            })
            : { policy: await (0,load/* loadPolicy */.tb)('builtin:default'), source: 'builtin:default' };
        core.info(`Policy: ${origin}`);
        const report = await auditOrganization({
            organization,
            api,
            policy,
            selection: {
                ...patterns,
                includeArchived: bool('include-archived'),
                includeForks: bool('include-forks'),
            },
            shard,
            repoPolicy: repoPolicyInput,
            limits: (0,limits/* limitsFromEnv */.E9)(env),
            serverUrl: serverUrlFor(baseUrl, env),
            log,
            resolve: resolveVersions,
            ...(options.detectors ? { detectors: options.detectors } : {}),
        });
        const outDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'ai-tooling-gate-org-'));
        const suffix = shard && shard.count > 1 ? `-shard-${shard.index}-of-${shard.count}` : '';
        const reportFile = (0,external_node_path_.join)(outDir, `org-audit${suffix}.json`);
        const csvFile = (0,external_node_path_.join)(outDir, `org-audit${suffix}.csv`);
        const htmlFile = (0,external_node_path_.join)(outDir, `org-audit${suffix}.html`);
        await (0,promises_.writeFile)(reportFile, JSON.stringify(report, null, 2) + '\n');
        await (0,promises_.writeFile)(csvFile, renderOrgCsv(report));
        await (0,promises_.writeFile)(htmlFile, renderOrgHtml(report));
        if (env.GITHUB_STEP_SUMMARY)
            await core.summary.addRaw(renderOrgSummary(report)).write();
        const failed = orgAuditFails(report, failOn);
        core.setOutput('result', failed ? 'fail' : 'pass');
        core.setOutput('failed', report.summary.failed);
        core.setOutput('warned', report.summary.warned);
        core.setOutput('introduced', 0);
        core.setOutput('report-file', reportFile);
        core.setOutput('csv-file', csvFile);
        core.setOutput('html-file', htmlFile);
        core.setOutput('sarif-file', '');
        if (failed) {
            core.setFailed(`ai-tooling-gate: ${report.summary.failed} banned component(s) in ${report.summary.repositoriesFailed} repositories, ${report.summary.notScanned} repositories and ${report.errors.length} files that could not be scanned (fail-on: ${failOn})`);
        }
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        core.setOutput('result', 'fail');
        core.setFailed(`ai-tooling-gate: ${message}`);
        if (env.GITHUB_STEP_SUMMARY) {
            await core.summary
                .addRaw(`## ❌ ai-tooling-gate: the org audit could not run\n\n${(0,markdown/* mdText */.bC)(message)}\n`)
                .write()
                .catch(() => undefined);
        }
    }
}


/***/ })

};
