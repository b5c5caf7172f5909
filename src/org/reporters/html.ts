// A self-contained HTML report of an org audit: inline CSS and JS, no network (a Content Security
// Policy forbids it), a sortable and filterable table of findings, a chart of tools and versions
// as inline SVG, links to each line on GitHub. Every string from repositories is escaped.
import { countTools } from '../aggregate.js';
import { isUnscanned, type OrgReport } from '../report.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An href only for http(s) URLs; anything else (javascript:, data:) is dropped. */
function safeHref(url: string): string | null {
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
function chart(report: OrgReport): string {
  const tools = countTools(report).slice(0, 12);
  if (tools.length === 0) return '<p class="muted">No findings: nothing to chart.</p>';
  const rows: { label: string; tool: boolean; failed: number; other: number; repos: number }[] = [];
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
  const parts: string[] = [];
  parts.push(
    `<svg id="chart" role="img" aria-label="Findings per tool and version" width="${labelW + barW + 180}" height="${height}" viewBox="0 0 ${labelW + barW + 180} ${height}" xmlns="http://www.w3.org/2000/svg">`,
  );
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    const fw = Math.round((r.failed / max) * barW);
    const ow = Math.round((r.other / max) * barW);
    const label = r.label.length > 44 ? r.label.slice(0, 43) + '…' : r.label;
    parts.push(
      `<g class="bar" data-tool="${r.tool ? 'yes' : 'no'}"><title>${escapeHtml(`${r.label}: ${r.failed} failing, ${r.other} other, in ${r.repos} repositories`)}</title>` +
        `<text x="${r.tool ? 4 : 20}" y="${y + 14}"${r.tool ? ' font-weight="600"' : ''}>${escapeHtml(label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${fw}" height="14" fill="#c62828"/>` +
        `<rect x="${labelW + fw}" y="${y + 3}" width="${ow}" height="14" fill="#d29922"/>` +
        `<text x="${labelW + fw + ow + 6}" y="${y + 14}">${r.failed + r.other} in ${r.repos} repo${r.repos === 1 ? '' : 's'}</text></g>`,
    );
  });
  const ly = rows.length * rowH + 14;
  parts.push(
    `<rect x="${labelW}" y="${ly}" width="12" height="12" fill="#c62828"/><text x="${labelW + 16}" y="${ly + 10}">failing</text>` +
      `<rect x="${labelW + 80}" y="${ly}" width="12" height="12" fill="#d29922"/><text x="${labelW + 96}" y="${ly + 10}">warning or excepted</text></svg>`,
  );
  return parts.join('\n');
}

export function renderOrgHtml(report: OrgReport): string {
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
    return (
      `<tr data-action="${e(f.action)}">` +
      `<td>${e(f.repository)}</td>` +
      `<td data-value="${e(f.location.file)}:${String(f.location.line).padStart(9, '0')}">${href ? `<a href="${href}" rel="noreferrer noopener" target="_blank"><code>${e(where)}</code></a>` : `<code>${e(where)}</code>`}</td>` +
      `<td><code>${e(f.component.name)}</code></td><td><code>${e(version)}</code></td><td>${e(tool)}</td>` +
      `<td>${ruleHref ? `<a href="${ruleHref}" rel="noreferrer noopener" target="_blank">${rule}</a>` : rule}</td><td class="${e(f.action)}">${f.action === 'pass' ? `excepted until ${e(f.exception?.expires ?? '?')}` : e(f.action)}</td>` +
      `<td>${e(f.message)}</td><td><code>${e((commitOf.get(f.repository) ?? '').slice(0, 12))}</code></td></tr>`
    );
  });
  const repoRows = report.repositories.map(
    (r) =>
      `<tr><td>${e(r.name)}</td><td class="${isUnscanned(r.status) ? 'fail' : r.status === 'policy-error' ? 'warn' : ''}">${e(r.status)}</td>` +
      `<td class="num">${r.failed}</td><td class="num">${r.warned}</td><td class="num">${r.components}</td><td class="num">${r.filesScanned}</td><td class="num">${r.requests}</td>` +
      `<td><code>${e(r.defaultBranch)}</code></td><td><code>${e(r.commit.slice(0, 12))}</code></td><td>${e(r.reason ?? '')}</td></tr>`,
  );
  const errorRows = report.errors.map(
    (x) =>
      `<tr><td>${e(x.repository)}</td><td><code>${e(x.file)}${x.line ? ':' + x.line : ''}</code></td><td>${e(x.message)}</td></tr>`,
  );
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
