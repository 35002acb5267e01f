/**
 * The report's browser code, inlined in one <script> whose hash the CSP allows. Plain ES2020 in a string so that the
 * page is the same whichever tool compiled this package; `client.test.ts` parses it and the browser test runs it.
 * It decodes the embedded data (base64 → gzip via DecompressionStream → JSON), then drives the findings browser,
 * the framework view, the detail pane and the print-only failure list. Every value from the data reaches the DOM
 * through textContent/attributes (the `h` helper), never through innerHTML. No backticks or dollar-brace in here:
 * it lives in a template literal.
 */
export const CLIENT_JS = String.raw`(() => {
  'use strict'
  const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational']
  // Effective status of a finding: muted findings are shown as muted whatever their status.
  const EFF = ['pass', 'fail', 'error', 'muted']
  const EFF_RANK = [3, 0, 1, 2]
  const REQ_STATUSES = ['fail', 'undetermined', 'pass', 'no-data', 'manual', 'unmapped']
  const PRINT_MAX = 1000
  const EVIDENCE_STEP = 200
  const VIEWS = ['summary', 'findings', 'frameworks']
  const byId = (id) => document.getElementById(id)
  const fmt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

  // Builds an element; strings become text nodes, so data can never be parsed as markup.
  function h(tag, props, ...children) {
    const e = document.createElement(tag)
    if (props) {
      for (const k of Object.keys(props)) {
        const v = props[k]
        if (v === null || v === undefined || v === false) continue
        if (k === 'class') e.className = v
        else if (k === 'text') e.textContent = v
        else if (typeof v === 'function') e.addEventListener(k.slice(2), v)
        else e.setAttribute(k, v === true ? '' : String(v))
      }
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'number' ? String(c) : c)
    return e
  }

  // Only http(s) references become links (a javascript: URL in the data must not run on click).
  function safeHref(s) {
    try {
      const u = new URL(s)
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null
    } catch (e) {
      return null
    }
  }

  function link(url, text) {
    const href = safeHref(url)
    return href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, text || url) : h('span', { class: 'mono' }, text || url)
  }

  // ---- tabs
  function show(view) {
    if (!VIEWS.includes(view)) view = 'summary'
    for (const v of VIEWS) {
      byId(v).hidden = v !== view
      const tab = byId('tab-' + v)
      tab.setAttribute('aria-selected', String(v === view))
      tab.tabIndex = v === view ? 0 : -1
    }
    if (location.hash !== '#' + view) {
      try {
        history.replaceState(null, '', '#' + view)
      } catch (e) {
        /* some file:// contexts refuse history changes; the tab still switches */
      }
    }
  }
  for (const v of VIEWS) byId('tab-' + v).addEventListener('click', () => show(v))
  window.addEventListener('hashchange', () => show(location.hash.slice(1)))
  show(location.hash.slice(1))

  // ---- data
  async function decode() {
    if (typeof DecompressionStream !== 'function') throw new Error('unsupported')
    const b64 = byId('posture-data').textContent.trim()
    let bytes
    if (typeof Uint8Array.fromBase64 === 'function') bytes = Uint8Array.fromBase64(b64)
    else {
      const bin = atob(b64)
      bytes = new Uint8Array(bin.length)
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
    return JSON.parse(await new Response(stream).text())
  }

  let M = null
  function model(d) {
    if (d.format !== 'posture-html' || d.version !== 1) throw new Error('unsupported data version ' + d.version)
    const f = d.findings
    const n = f.rule.length
    const rule = Int32Array.from(f.rule)
    const res = new Int32Array(n)
    const msg = new Int32Array(n)
    const mute = Int32Array.from(f.mute)
    const status = Uint8Array.from(f.status)
    const eff = new Uint8Array(n)
    const stCode = d.statuses.map((s) => EFF.indexOf(s))
    let r = 0
    let m = 0
    for (let i = 0; i < n; i++) {
      r += f.resource[i]
      m += f.message[i]
      res[i] = r
      msg[i] = m
      eff[i] = mute[i] >= 0 ? 3 : stCode[status[i]]
    }
    const rules = d.rules.map((x) => Object.assign({}, x, { sev: SEVERITIES.indexOf(x.severity), frameworks: new Set(x.compliance.map((c) => c.framework)) }))
    const frameworks = d.compliance ? d.compliance.frameworks : []
    const fwById = new Map(frameworks.map((fw) => [fw.framework.id, fw]))
    const reqIndex = new Map()
    for (const fw of frameworks) for (const q of fw.requirements) reqIndex.set(fw.framework.id + '\n' + q.id, q)
    return { d, n, rule, res, msg, mute, status, eff, rules, frameworks, fwById, reqIndex, locs: new Map(d.locations), byCheck: null, keys: {} }
  }

  // Finding indices per check id, for requirement evidence.
  function byCheck() {
    if (!M.byCheck) {
      const map = new Map()
      for (let i = 0; i < M.n; i++) {
        const id = M.rules[M.rule[i]].id
        let list = map.get(id)
        if (!list) map.set(id, (list = []))
        list.push(i)
      }
      M.byCheck = map
    }
    return M.byCheck
  }

  // Ranks of strings in code-point order, so sorting compares integers.
  function rankOf(values) {
    const idx = values.map((_, i) => i).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b))
    const rank = new Int32Array(values.length)
    idx.forEach((v, i) => {
      rank[v] = i
    })
    return rank
  }

  // One integer sort key per finding for a column (computed once per column).
  function sortKeys(key) {
    if (M.keys[key]) return M.keys[key]
    const R = M.d.resources
    const k = new Int32Array(M.n)
    if (key === 'status') for (let i = 0; i < M.n; i++) k[i] = EFF_RANK[M.eff[i]]
    else if (key === 'severity') for (let i = 0; i < M.n; i++) k[i] = M.rules[M.rule[i]].sev
    else if (key === 'check') {
      const rr = rankOf(M.rules.map((x) => x.id + '\n' + x.title))
      for (let i = 0; i < M.n; i++) k[i] = rr[M.rule[i]]
    } else if (key === 'resource') {
      const rr = rankOf(R.name.map((name, i) => name + '\n' + R.uid[i]))
      for (let i = 0; i < M.n; i++) k[i] = rr[M.res[i]]
    } else if (key === 'account' || key === 'region') {
      const table = key === 'account' ? M.d.accounts : M.d.regions
      const col = key === 'account' ? R.account : R.region
      const rr = rankOf(table)
      for (let i = 0; i < M.n; i++) k[i] = rr[col[M.res[i]]]
    }
    M.keys[key] = k
    return k
  }

  // ---- findings browser
  const F = { status: '', severity: '', service: '', account: '', region: '', framework: '', q: '' }
  const FILTERS = ['status', 'severity', 'service', 'account', 'region', 'framework']
  let sortKey = ''
  let sortDir = 1
  let page = 0
  let pageSize = 100
  let rows = new Int32Array(0)
  let selected = -1
  let lower = null

  function computeRows() {
    const q = F.q.trim().toLowerCase()
    const ruleOk = M.rules.map(
      (r) => (!F.severity || r.severity === F.severity) && (!F.service || r.service === F.service) && (!F.framework || r.frameworks.has(F.framework)),
    )
    const ruleText = q ? M.rules.map((r) => (r.id + '\n' + r.title).toLowerCase().includes(q)) : null
    const effWant = F.status ? EFF.indexOf(F.status) : -1
    const acct = F.account ? M.d.accounts.indexOf(F.account) : -1
    const reg = F.region ? M.d.regions.indexOf(F.region) : -1
    const R = M.d.resources
    if (q && !lower) {
      lower = {
        res: R.uid.map((u, i) => (u + '\n' + R.name[i]).toLowerCase()),
        msg: M.d.messages.map((s) => s.toLowerCase()),
      }
    }
    const out = new Int32Array(M.n)
    let k = 0
    for (let i = 0; i < M.n; i++) {
      const ru = M.rule[i]
      if (!ruleOk[ru]) continue
      if (effWant >= 0 && M.eff[i] !== effWant) continue
      const r = M.res[i]
      if (acct >= 0 && R.account[r] !== acct) continue
      if (reg >= 0 && R.region[r] !== reg) continue
      if (q && !ruleText[ru] && !lower.res[r].includes(q) && !lower.msg[M.msg[i]].includes(q)) continue
      out[k++] = i
    }
    let list = out.subarray(0, k)
    if (sortKey) {
      const key = sortKeys(sortKey)
      const dir = sortDir
      list = Int32Array.from(Array.from(list).sort((a, b) => (key[a] - key[b]) * dir || a - b))
    }
    rows = list
  }

  function statusBadge(i) {
    const e = M.eff[i]
    if (e === 3) return h('span', { class: 'badge st-muted', title: 'muted ' + M.d.statuses[M.status[i]] }, 'muted')
    return h('span', { class: 'badge st-' + EFF[e] }, EFF[e])
  }

  function sevEl(sev) {
    return h('span', { class: 'sev sev-' + sev }, sev)
  }

  function findingRow(i, evidence) {
    const ru = M.rules[M.rule[i]]
    const r = M.res[i]
    const R = M.d.resources
    return h(
      'tr',
      { class: 'finding' + (i === selected ? ' selected' : ''), tabindex: '0', 'data-index': String(i) },
      h('td', null, statusBadge(i), M.eff[i] === 3 ? h('div', { class: 'sub' }, M.d.statuses[M.status[i]]) : null),
      evidence ? null : h('td', null, sevEl(ru.severity)),
      h('td', null, h('div', { class: 'mono check-id' }, ru.id), evidence ? null : h('div', { class: 'sub' }, ru.title)),
      h('td', null, h('div', { class: 'res-name' }, R.name[r]), h('div', { class: 'sub mono' }, R.uid[r])),
      h('td', null, M.d.accounts[R.account[r]]),
      h('td', null, M.d.regions[R.region[r]]),
      h('td', null, h('div', { class: 'msg' }, M.d.messages[M.msg[i]])),
    )
  }

  // Rows open the detail pane on click or Enter (one listener per table body).
  function rowOpener(tbody) {
    const open = (ev) => {
      const tr = ev.target.closest('tr[data-index]')
      if (tr) openDetail(Number(tr.getAttribute('data-index')))
    }
    tbody.addEventListener('click', open)
    tbody.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault()
        open(ev)
      }
    })
  }

  function renderPage() {
    const total = rows.length
    const pages = Math.max(1, Math.ceil(total / pageSize))
    if (page >= pages) page = pages - 1
    if (page < 0) page = 0
    const start = page * pageSize
    const end = Math.min(total, start + pageSize)
    const frag = document.createDocumentFragment()
    for (let j = start; j < end; j++) frag.append(findingRow(rows[j], false))
    byId('findings-body').replaceChildren(frag)
    byId('findings-count').textContent =
      total === 0
        ? 'No finding matches these filters.'
        : 'Showing ' + fmt(start + 1) + '–' + fmt(end) + ' of ' + fmt(total) + ' findings' + (total !== M.n ? ' (filtered from ' + fmt(M.n) + ')' : '')
    byId('pg-label').textContent = 'Page ' + fmt(page + 1) + ' of ' + fmt(pages)
    byId('pg-first').disabled = byId('pg-prev').disabled = page === 0
    byId('pg-next').disabled = byId('pg-last').disabled = page >= pages - 1
  }

  function refresh() {
    computeRows()
    renderPage()
  }

  function syncControls() {
    for (const k of FILTERS) byId('f-' + k).value = F[k]
    byId('f-q').value = F.q
    for (const b of document.querySelectorAll('#findings-table th button[data-sort]')) {
      const on = b.getAttribute('data-sort') === sortKey
      if (on) b.setAttribute('data-dir', sortDir > 0 ? 'asc' : 'desc')
      else b.removeAttribute('data-dir')
      b.closest('th').setAttribute('aria-sort', on ? (sortDir > 0 ? 'ascending' : 'descending') : 'none')
    }
  }

  function fill(select, values, label) {
    for (const v of values) select.append(h('option', { value: v }, label ? label(v) : v))
  }

  function setupFindings() {
    const effCount = [0, 0, 0, 0]
    for (let i = 0; i < M.n; i++) effCount[M.eff[i]]++
    fill(byId('f-status'), ['fail', 'error', 'muted', 'pass'], (s) => s + ' (' + fmt(effCount[EFF.indexOf(s)]) + ')')
    fill(byId('f-severity'), SEVERITIES)
    fill(byId('f-service'), Array.from(new Set(M.rules.map((r) => r.service))).sort())
    fill(byId('f-account'), M.d.accounts.slice().sort())
    fill(byId('f-region'), M.d.regions.slice().sort())
    const fwIds = M.frameworks.length > 0 ? M.frameworks.map((fw) => fw.framework.id) : Array.from(new Set(M.rules.flatMap((r) => Array.from(r.frameworks)))).sort()
    fill(byId('f-framework'), fwIds, (id) => (M.fwById.has(id) ? M.fwById.get(id).framework.name + ' ' + M.fwById.get(id).framework.version : id))
    for (const k of FILTERS) {
      byId('f-' + k).addEventListener('change', (ev) => {
        F[k] = ev.target.value
        page = 0
        refresh()
      })
    }
    let timer = 0
    byId('f-q').addEventListener('input', (ev) => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        F.q = ev.target.value
        page = 0
        refresh()
      }, 200)
    })
    byId('f-reset').addEventListener('click', () => {
      for (const k of Object.keys(F)) F[k] = ''
      sortKey = ''
      page = 0
      syncControls()
      refresh()
    })
    for (const b of document.querySelectorAll('#findings-table th button[data-sort]')) {
      b.addEventListener('click', () => {
        const key = b.getAttribute('data-sort')
        if (sortKey === key) sortDir = -sortDir
        else {
          sortKey = key
          sortDir = 1
        }
        page = 0
        syncControls()
        refresh()
      })
    }
    byId('pg-first').addEventListener('click', () => ((page = 0), renderPage()))
    byId('pg-prev').addEventListener('click', () => ((page -= 1), renderPage()))
    byId('pg-next').addEventListener('click', () => ((page += 1), renderPage()))
    byId('pg-last').addEventListener('click', () => ((page = Number.MAX_SAFE_INTEGER), renderPage()))
    byId('pg-size').addEventListener('change', (ev) => {
      pageSize = Number(ev.target.value) || 100
      page = 0
      renderPage()
    })
    rowOpener(byId('findings-body'))
    syncControls()
    refresh()
    byId('findings-loading').hidden = true
    byId('findings-ui').hidden = false
  }

  // Chart bars in the summary jump to the findings filtered on what they count.
  function applyShortcut(el) {
    for (const k of Object.keys(F)) F[k] = ''
    for (const k of Object.keys(el.dataset)) {
      if (!k.startsWith('filter')) continue
      const name = k.slice(6).toLowerCase()
      if (FILTERS.includes(name)) F[name] = el.dataset[k]
    }
    page = 0
    show('findings')
    if (M) {
      syncControls()
      refresh()
    }
  }
  for (const el of document.querySelectorAll('#summary .clickable')) {
    el.addEventListener('click', () => applyShortcut(el))
    el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') applyShortcut(el)
    })
  }

  // ---- detail pane
  function section(title, ...content) {
    return [h('h3', null, title), ...content]
  }

  function dl(pairs) {
    return h('dl', null, pairs.filter((p) => p[1] !== undefined && p[1] !== null && p[1] !== '').map((p) => h('div', { class: 'pair' }, h('dt', null, p[0]), h('dd', null, p[1]))))
  }

  function remediation(rem) {
    const out = []
    out.push(rem.steps.length > 0 ? h('ol', { class: 'remediation-steps' }, rem.steps.map((s) => h('li', null, s))) : h('p', { class: 'empty' }, 'No steps given.'))
    if (rem.cli) out.push(h('h4', null, 'CLI'), h('pre', { class: 'cli' }, rem.cli))
    if (rem.terraform) out.push(h('h4', null, 'Terraform'), h('pre', { class: 'terraform' }, rem.terraform))
    if (rem.references.length > 0) out.push(h('h4', null, 'References'), h('ul', { class: 'references' }, rem.references.map((u) => h('li', null, link(u)))))
    return out
  }

  function complianceList(refs) {
    if (refs.length === 0) return [h('p', { class: 'empty' }, 'Not mapped to a framework requirement.')]
    return [
      h(
        'ul',
        { class: 'compliance' },
        refs.map((c) => {
          const fw = M.fwById.get(c.framework)
          const q = M.reqIndex.get(c.framework + '\n' + c.requirement)
          const name = fw ? fw.framework.name : c.framework
          return h(
            'li',
            null,
            q ? h('span', { class: 'badge st-' + q.status }, q.status) : null,
            ' ',
            q ? h('button', { class: 'link', type: 'button', onclick: () => showRequirement(c.framework, c.requirement) }, name + ' ' + c.requirement) : name + ' ' + c.requirement,
            ' ',
            h('span', { class: 'muted-text' }, (q ? q.title + ' · ' : '') + 'v' + c.version),
          )
        }),
      ),
    ]
  }

  function openDetail(i) {
    selected = i
    for (const tr of document.querySelectorAll('tr.finding.selected')) tr.classList.remove('selected')
    for (const tr of document.querySelectorAll('tr.finding[data-index="' + i + '"]')) tr.classList.add('selected')
    const ru = M.rules[M.rule[i]]
    const r = M.res[i]
    const R = M.d.resources
    const status = M.d.statuses[M.status[i]]
    const mute = M.mute[i] >= 0 ? M.d.mutes[M.mute[i]] : null
    const locs = M.locs.get(i) || []
    const parts = [
      h('h2', { id: 'detail-title' }, ru.title),
      h('p', { class: 'detail-tags' }, statusBadge(i), ' ', sevEl(ru.severity), ' ', h('code', { class: 'check-id' }, ru.id)),
      section('Message', h('p', { class: 'message' }, M.d.messages[M.msg[i]])),
      mute
        ? section(
            'Muted',
            h(
              'div',
              { class: 'mute-box' },
              dl([
                ['Suppression', mute.suppressionId],
                ['Reason', mute.reason],
                ['Owner', mute.owner],
                ['Expires', mute.expiresAt || 'never'],
                ['Status', status + ' (accepted risk, not counted as open)'],
              ]),
            ),
          )
        : null,
      section(
        'Resource',
        h(
          'div',
          { class: 'resource' },
          dl([
            ['Name', R.name[r]],
            ['UID', R.uid[r]],
            ['Type', M.d.types[R.type[r]]],
            ['Account', M.d.accounts[R.account[r]]],
            ['Region', M.d.regions[R.region[r]]],
            ['Provider', M.d.providers[R.provider[r]]],
          ]),
        ),
      ),
      locs.length > 0
        ? section(
            'Location',
            locs.map((l) => dl([['File', l.file + (l.startLine ? ':' + l.startLine + (l.endLine && l.endLine !== l.startLine ? '-' + l.endLine : '') : '')], ['Address', l.address]])),
          )
        : null,
      ru.rationale ? section('Why it matters', h('p', { class: 'rationale' }, ru.rationale)) : null,
      section('Remediation', h('div', { class: 'remediation' }, remediation(ru.remediation))),
      section('Compliance', h('div', null, complianceList(ru.compliance))),
    ]
    byId('detail-body').replaceChildren(...parts.flat().filter(Boolean))
    const pane = byId('detail')
    pane.hidden = false
    pane.scrollTop = 0
    byId('detail-close').focus()
  }

  function closeDetail() {
    byId('detail').hidden = true
    const tr = document.querySelector('tr.finding.selected')
    if (tr) tr.focus()
  }
  byId('detail-close').addEventListener('click', closeDetail)
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !byId('detail').hidden) closeDetail()
  })

  // ---- framework view
  let reqFilter = ''

  function countsLine(s) {
    return [
      ['passed', s.passed],
      ['failed', s.failed],
      ['undetermined', s.undetermined],
      ['no data', s.noData],
      ['manual', s.manual],
      ['unmapped', s.unmapped],
    ].map((p) => h('span', null, h('b', null, fmt(p[1])), ' ' + p[0]))
  }

  function scoreText(score) {
    return score === null || score === undefined ? '—' : score + '%'
  }

  function scopeTable(label, items, key) {
    return h(
      'table',
      { class: 'grid' },
      h('thead', null, h('tr', null, ['' + label, 'Score', 'Passed', 'Failed', 'Undetermined', 'No data', 'Manual', 'Unmapped'].map((t, i) => h('th', { class: i > 0 ? 'num' : null }, t)))),
      h(
        'tbody',
        null,
        items.map((it) => {
          const s = it.summary
          return h(
            'tr',
            null,
            h('td', null, it[key]),
            [scoreText(s.score), fmt(s.passed), fmt(s.failed), fmt(s.undetermined), fmt(s.noData), fmt(s.manual), fmt(s.unmapped)].map((t) => h('td', { class: 'num' }, t)),
          )
        }),
      ),
    )
  }

  function setupFrameworks() {
    const sel = byId('fw-select')
    byId('fw-loading').hidden = true
    if (M.frameworks.length === 0) {
      byId('fw-body').replaceChildren(h('p', { class: 'empty' }, 'Compliance was not scored for this report.'))
      sel.disabled = true
      return
    }
    for (const fw of M.frameworks) {
      sel.append(h('option', { value: fw.framework.id }, fw.framework.name + ' ' + fw.framework.version + ' — ' + (fw.summary.score === null ? 'no verdict' : fw.summary.score + '%')))
    }
    const first = M.frameworks.find((fw) => fw.summary.passed + fw.summary.failed > 0) || M.frameworks[0]
    sel.value = first.framework.id
    sel.addEventListener('change', () => renderFramework(sel.value))
    byId('fw-ui').hidden = false
    renderFramework(sel.value)
  }

  function renderFramework(id) {
    const fw = M.fwById.get(id)
    if (!fw) return
    const s = fw.summary
    const reqSel = h('select', { id: 'fw-req-status', 'aria-label': 'Requirement status' }, h('option', { value: '' }, 'all statuses'))
    for (const st of REQ_STATUSES) {
      const n = fw.requirements.filter((q) => q.status === st).length
      if (n > 0) reqSel.append(h('option', { value: st }, st + ' (' + fmt(n) + ')'))
    }
    if (reqFilter && !Array.from(reqSel.options).some((o) => o.value === reqFilter)) reqFilter = ''
    reqSel.value = reqFilter
    const list = h('div', { id: 'fw-reqs' })
    reqSel.addEventListener('change', () => {
      reqFilter = reqSel.value
      renderReqs(fw, list)
    })
    byId('fw-body').replaceChildren(
      h(
        'div',
        { class: 'fw-head' },
        h('div', null, h('div', { class: 'fw-score', id: 'fw-score' }, s.score === null ? 'no verdict' : s.score + '%'), h('div', { class: 'muted-text' }, 'passed ÷ (passed + failed)')),
        h('div', null, h('h2', { id: 'fw-name' }, fw.framework.name + ' ' + fw.framework.version), h('div', { class: 'fw-counts' }, countsLine(s))),
        h('div', null, 'Source: ', link(fw.framework.source)),
      ),
      h('h3', null, 'Sections'),
      scopeTable('Section', fw.sections, 'section'),
      h(
        'details',
        { class: 'scopes' },
        h('summary', null, 'Scores by account and region'),
        scopeTable('Account', fw.accounts, 'account'),
        h('br'),
        scopeTable('Region', fw.regions, 'region'),
      ),
      h('h3', null, 'Requirements (' + fmt(fw.requirements.length) + ')'),
      h('div', { class: 'filters' }, h('label', null, 'Status', reqSel)),
      list,
    )
    renderReqs(fw, list)
  }

  function renderReqs(fw, list) {
    const reqs = fw.requirements.filter((q) => !reqFilter || q.status === reqFilter)
    list.replaceChildren(...reqs.map((q) => reqEl(q)))
    if (reqs.length === 0) list.append(h('p', { class: 'empty' }, 'No requirement has this status.'))
  }

  function reqEl(q) {
    const c = q.findings
    const box = h('div', { class: 'evidence' })
    const det = h(
      'details',
      { class: 'req', 'data-req': q.id },
      h(
        'summary',
        null,
        h('span', { class: 'badge st-' + q.status }, q.status),
        h('span', { class: 'req-id' }, q.id),
        h('span', { class: 'req-title' }, q.title),
        h('span', { class: 'sub' }, q.section),
        h('span', { class: 'counts' }, fmt(c.fail) + ' fail · ' + fmt(c.error) + ' error · ' + fmt(c.muted) + ' muted · ' + fmt(c.pass) + ' pass · ' + fmt(q.resources) + ' resources'),
      ),
      box,
    )
    det.addEventListener('toggle', () => {
      if (det.open && !box.hasChildNodes()) renderEvidence(q, box)
    })
    return det
  }

  function renderEvidence(q, box) {
    if (q.status === 'manual') return box.append(h('p', { class: 'empty' }, 'Manual requirement: no automated check can decide it; it needs a person.'))
    if (q.checks.length === 0) return box.append(h('p', { class: 'empty' }, 'Unmapped: no Posture check covers this requirement yet.'))
    const map = byCheck()
    const ids = Array.from(new Set(q.checks))
    const all = []
    for (const id of ids) for (const i of map.get(id) || []) all.push(i)
    const resKey = sortKeys('resource')
    all.sort((a, b) => EFF_RANK[M.eff[a]] - EFF_RANK[M.eff[b]] || resKey[a] - resKey[b] || a - b)
    box.append(
      h(
        'p',
        { class: 'muted-text' },
        fmt(all.length) + ' finding(s) from ' + ids.length + ' check(s): ',
        ids.map((id, k) => [k > 0 ? ', ' : '', h('code', null, id), ' (' + fmt((map.get(id) || []).length) + ')']),
      ),
    )
    if (all.length === 0) return box.append(h('p', { class: 'empty' }, 'None of its checks produced a finding in this scan (no data).'))
    const tbody = h('tbody')
    rowOpener(tbody)
    box.append(
      h(
        'table',
        { class: 'grid evidence-table' },
        h('thead', null, h('tr', null, ['Status', 'Check', 'Resource', 'Account', 'Region', 'Message'].map((t) => h('th', null, t)))),
        tbody,
      ),
    )
    let shown = 0
    const more = h('button', { type: 'button', class: 'link' })
    const step = () => {
      const frag = document.createDocumentFragment()
      const end = Math.min(all.length, shown + EVIDENCE_STEP)
      for (; shown < end; shown++) frag.append(findingRow(all[shown], true))
      tbody.append(frag)
      more.hidden = shown >= all.length
      more.textContent = 'Show ' + fmt(Math.min(EVIDENCE_STEP, all.length - shown)) + ' more (' + fmt(all.length - shown) + ' left)'
    }
    more.addEventListener('click', step)
    box.append(more)
    step()
  }

  function showRequirement(fwId, reqId) {
    byId('detail').hidden = true
    show('frameworks')
    reqFilter = ''
    byId('fw-select').value = fwId
    renderFramework(fwId)
    for (const det of document.querySelectorAll('#fw-reqs details.req')) {
      if (det.getAttribute('data-req') === reqId) {
        det.open = true
        det.scrollIntoView({ block: 'start' })
        break
      }
    }
  }

  // ---- print: the open failures, worst first (the interactive views are hidden on paper)
  function buildPrint() {
    const fails = []
    for (let i = 0; i < M.n; i++) if (M.eff[i] === 1) fails.push(i)
    const check = sortKeys('check')
    const res = sortKeys('resource')
    fails.sort((a, b) => M.rules[M.rule[a]].sev - M.rules[M.rule[b]].sev || check[a] - check[b] || res[a] - res[b])
    const shown = fails.slice(0, PRINT_MAX)
    const R = M.d.resources
    byId('print-failures').replaceChildren(
      h(
        'div',
        null,
        h('h2', null, 'Open failures (' + fmt(fails.length) + ')'),
      fails.length > PRINT_MAX ? h('p', { class: 'muted-text' }, 'The ' + fmt(PRINT_MAX) + ' most severe are listed; the HTML and JSON reports hold all of them.') : null,
      fails.length === 0
        ? h('p', { class: 'empty' }, 'No open failure.')
        : h(
            'table',
            { class: 'grid print-table' },
            h('colgroup', null, ['p-sev', 'p-check', 'p-res', 'p-where', 'p-msg', 'p-fix'].map((c) => h('col', { class: c }))),
            h('thead', null, h('tr', null, ['Severity', 'Check', 'Resource', 'Account / region', 'Message', 'Fix'].map((t) => h('th', null, t)))),
            h(
              'tbody',
              null,
              shown.map((i) => {
                const ru = M.rules[M.rule[i]]
                const r = M.res[i]
                return h(
                  'tr',
                  null,
                  h('td', null, sevEl(ru.severity)),
                  h('td', null, h('div', { class: 'mono' }, ru.id), h('div', { class: 'sub' }, ru.title)),
                  h('td', null, h('div', null, R.name[r]), h('div', { class: 'sub mono' }, R.uid[r])),
                  h('td', null, M.d.accounts[R.account[r]] + ' / ' + M.d.regions[R.region[r]]),
                  h('td', null, M.d.messages[M.msg[i]]),
                  h('td', null, ru.remediation.steps.join(' ')),
                )
              }),
            ),
          ),
      ),
    )
  }

  function fail(e) {
    document.body.setAttribute('data-state', 'error')
    const text =
      e && e.message === 'unsupported'
        ? 'This browser cannot open the embedded findings: it lacks DecompressionStream (Chromium 80+, Firefox 113+, Safari 16.4+). The summary is complete; the JSON report has every finding.'
        : 'Could not read the embedded findings: ' + (e && e.message ? e.message : String(e))
    for (const id of ['findings-loading', 'fw-loading', 'print-failures']) byId(id).textContent = text
  }

  decode()
    .then((d) => {
      performance.mark('posture-decoded')
      M = model(d)
      setupFindings()
      setupFrameworks()
      buildPrint()
      performance.mark('posture-ready')
      document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())))
      document.body.setAttribute('data-state', 'ready')
    })
    .catch(fail)
})()
`
