// The gateway's admin console: polls the REST API (docs/admin-api.md) about once a second and renders what support
// staff need; actions are POST/PUT requests whose refusals are shown as the server words them.
// Plain JS, no framework, no build. Every value from the server goes in as text (textContent), never as HTML.
'use strict';

(() => {
  const POLL_MILLIS = 1000;
  const TOKEN_KEY = 'gateway-admin-token';
  const TAB_KEY = 'gateway-admin-tab';
  const byId = (id) => document.getElementById(id);

  // ---- the token: from the URL fragment (#token=...), else the login field; kept in this tab's sessionStorage ----

  // The fragment may also name the tab to open: #token=...&tab=orders.
  function takeFragment() {
    const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (fragment.has('tab')) sessionStorage.setItem(TAB_KEY, fragment.get('tab'));
    if (fragment.has('token')) {
      sessionStorage.setItem(TOKEN_KEY, fragment.get('token'));
      // Not left in the address bar (or in a bookmark, or behind a screenshot).
      history.replaceState(null, '', location.pathname + location.search);
    }
  }

  const token = () => sessionStorage.getItem(TOKEN_KEY);

  function showLogin(reason) {
    byId('login').hidden = false;
    byId('role').textContent = 'no token';
    byId('role').className = 'badge bad';
    if (reason) showMessage(reason, 'error');
    byId('token-input').focus();
  }

  // ---- the API ----

  class ApiError extends Error {
    constructor(status, statusText, message) {
      super(message);
      this.status = status;
      this.statusText = statusText;
    }

    // What the user reads: the status and the server's own words.
    describe() {
      if (this.status === 0) return this.message;
      const kind = this.status === 401 ? 'Not authorised' : this.status === 403 ? 'Refused' : 'Failed';
      return `${kind} (${this.status} ${this.statusText}): ${this.message}`;
    }
  }

  async function api(method, path, body) {
    const headers = { Authorization: `Bearer ${token() || ''}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(path, {
        method, headers, cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, '', `gateway unreachable: ${e.message}`);
    }
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    if (!response.ok) {
      throw new ApiError(response.status, response.statusText, (json && json.error) || text || response.statusText);
    }
    return json;
  }

  // ---- messages to the user ----

  function showMessage(text, kind) {
    const box = byId('message');
    box.textContent = text;
    box.className = kind;
    box.dataset.kind = kind;
    box.hidden = false;
  }

  // Runs an action; shows what it did, or the server's refusal, and refreshes at once.
  async function act(what, method, path, body) {
    try {
      const answer = await api(method, path, body);
      showMessage(`${what}: done${answer && answer.result ? ` (${answer.result})` : ''}`, 'ok');
    } catch (e) {
      showMessage(`${what}: ${e.describe ? e.describe() : e.message}`, 'error');
      if (e.status === 401) showLogin();
    }
    refreshSoon();
  }

  const confirmDialog = byId('confirm');

  function confirmThen(text, then) {
    byId('confirm-text').textContent = text;
    confirmDialog.returnValue = '';
    confirmDialog.onclose = () => { if (confirmDialog.returnValue === 'yes') then(); };
    confirmDialog.showModal();
  }

  // ---- formatting ----

  const dash = '—';

  function timeOf(iso) {
    if (!iso) return dash;
    const d = new Date(iso);
    if (isNaN(d)) return String(iso);
    const ageSeconds = Math.max(0, Math.round((Date.now() - d.getTime()) / 1000));
    const age = ageSeconds < 120 ? `${ageSeconds} s` : ageSeconds < 7200 ? `${Math.round(ageSeconds / 60)} min` : `${Math.round(ageSeconds / 3600)} h`;
    return `${d.toISOString().substring(11, 23)} (${age} ago)`;
  }

  function number(value, digits) {
    if (value === null || value === undefined || value === '') return dash;
    if (typeof value !== 'number') return String(value);
    return digits === undefined ? value.toLocaleString('en-US') : value.toFixed(digits);
  }

  // Prices and quantities come as fixed-point integers plus a decimal string: show the decimal string.
  function decimal(row, key) {
    for (const name of [`${key}Decimal`, `${key}Text`, `${key}String`]) {
      if (row[name] !== undefined && row[name] !== null) return String(row[name]);
    }
    const value = row[key];
    if (value && typeof value === 'object') return String(value.decimal ?? value.text ?? value.value ?? JSON.stringify(value));
    return number(value);
  }

  function yesNo(value) {
    return value === true ? 'yes' : value === false ? 'no' : dash;
  }

  function text(value) {
    if (value === null || value === undefined || value === '') return dash;
    if (Array.isArray(value)) return value.map(text).join(value.some((v) => v && typeof v === 'object') ? '; ' : ', ');
    if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${text(v)}`).join(' · ');
    return String(value);
  }

  // Every key of a nested object as "a.b" → value.
  function flatten(value, prefix, into) {
    for (const [key, inner] of Object.entries(value || {})) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) flatten(inner, name, into);
      else into[name] = inner;
    }
    return into;
  }

  // ---- tables: rows keyed by an id and updated in place, so buttons survive the once-a-second refresh ----

  // columns: [{ field, label, value(row) → text, cls?(row) → class name, title?(row) }]
  function headers(table, columns, extra) {
    const head = table.tHead;
    if (head.dataset.columns === columns.map((c) => c.field).join()) return;
    head.replaceChildren();
    const tr = head.insertRow();
    for (const c of columns) {
      const th = document.createElement('th');
      th.textContent = c.label;
      th.dataset.field = c.field;
      tr.append(th);
    }
    if (extra) tr.append(Object.assign(document.createElement('th'), { textContent: extra }));
    head.dataset.columns = columns.map((c) => c.field).join();
  }

  function syncRows(table, rows, key, columns, options = {}) {
    headers(table, columns, options.actionsLabel);
    const body = table.tBodies[0];
    const existing = new Map([...body.rows].map((tr) => [tr.dataset.key, tr]));
    let previous = null;
    for (const row of rows) {
      const id = String(key(row));
      let tr = existing.get(id);
      if (tr) existing.delete(id);
      else {
        tr = document.createElement('tr');
        tr.dataset.key = id;
        tr.dataset.testid = options.rowTestId || 'row';
        if (options.rowAttribute) tr.setAttribute(options.rowAttribute, id);
        for (const c of columns) {
          const td = tr.insertCell();
          td.dataset.field = c.field;
        }
        if (options.actions) {
          const td = tr.insertCell();
          td.className = 'actions';
          td.append(...options.actions(row, id));
        }
      }
      columns.forEach((c, i) => {
        const td = tr.cells[i];
        const value = c.value(row);
        if (td.textContent !== value) td.textContent = value;
        const cls = c.cls ? c.cls(row) || '' : '';
        if (td.className !== cls) td.className = cls;
        if (c.title) td.title = c.title(row) || '';
      });
      if (options.rowClass) tr.className = options.rowClass(row) || '';
      // Keeps the server's order.
      const wanted = previous ? previous.nextSibling : body.firstChild;
      if (wanted !== tr) body.insertBefore(tr, wanted);
      previous = tr;
    }
    for (const gone of existing.values()) gone.remove();
    if (rows.length === 0) {
      const tr = body.insertRow();
      tr.dataset.key = '';
      const td = tr.insertCell();
      td.colSpan = columns.length + (options.actions ? 1 : 0);
      td.className = 'empty';
      td.textContent = options.empty || 'none';
    }
  }

  function button(label, testId, onClick, cls) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.testid = testId;
    b.dataset.action = testId;
    if (cls) b.className = cls;
    b.addEventListener('click', onClick);
    return b;
  }

  // ---- the header: gateway status and who we are ----

  function duration(seconds) {
    if (typeof seconds !== 'number') return dash;
    const s = Math.floor(seconds);
    const [d, h, m] = [Math.floor(s / 86400), Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60];
    return d ? `${d}d ${h}h` : h ? `${h}h ${m}m` : m ? `${m}m ${s % 60}s` : `${s}s`;
  }

  // A few figures at a glance; every field of /api/status in the tooltip.
  function renderStatus(status) {
    const list = byId('status');
    const journal = status.journal || {};
    const items = [
      ['uptime', duration(status.uptimeSeconds), ''],
      ['threads', `${text(status.threading)}/${text(status.idle)}`, ''],
      ['sessions logged on', `${number(status.sessionsLoggedOn)} of ${number(status.sessions)}`,
        status.sessionsLoggedOn < status.sessions ? 'bad' : ''],
      ['strategies', `${number(status.strategiesConnected)} of ${number(status.strategies)}`, ''],
      ['open orders', `${number(status.openOrders)} of ${number(status.orders)}`, ''],
      ['journal', `seq ${number(journal.lastSequence)}, ${number(journal.failures)} failures`, journal.failures > 0 ? 'bad' : ''],
    ];
    if (status.globalKillSwitch) items.push(['', 'GLOBAL KILL SWITCH ON', 'bad']);
    list.replaceChildren(...items.map(([label, value, cls]) => {
      const item = document.createElement('span');
      item.className = cls;
      item.append(Object.assign(document.createElement('span'), { className: 'label', textContent: label ? `${label} ` : '' }), value);
      return item;
    }));
    list.title = Object.entries(flatten(status, '', {})).map(([k, v]) => `${k}: ${text(v)}`).join('\n');
    // The token's name and role, when the server says them (status.who, status.role).
    const { role, who } = status;
    const badge = byId('role');
    badge.textContent = role ? `${who ? `${who} · ` : ''}${role}` : 'token accepted (role not reported)';
    badge.className = `badge ${role === 'operator' ? 'operator' : role ? 'read' : ''}`;
    badge.dataset.role = role || '';
  }

  // ---- venue sessions ----

  const sessionColumns = [
    { field: 'name', label: 'Venue', value: (s) => `${text(s.name)} (${text(s.venueId)})` },
    { field: 'session', label: 'Session', value: (s) => text(s.session) },
    { field: 'protocol', label: 'Protocol', value: (s) => text(s.protocol) },
    {
      field: 'state', label: 'State', value: (s) => text(s.state),
      cls: (s) => (s.loggedOn ? 'good' : s.connected ? 'warn' : 'bad'),
    },
    { field: 'nextSenderSeqNum', label: 'Next out', value: (s) => number(s.nextSenderSeqNum), cls: () => 'num' },
    { field: 'nextTargetSeqNum', label: 'Next in', value: (s) => number(s.nextTargetSeqNum), cls: () => 'num' },
    { field: 'lastSentUtc', label: 'Last sent', value: (s) => timeOf(s.lastSentUtc), title: (s) => s.lastSentUtc },
    { field: 'lastReceivedUtc', label: 'Last received', value: (s) => timeOf(s.lastReceivedUtc), title: (s) => s.lastReceivedUtc },
    { field: 'heartbeatSeconds', label: 'HB s', value: (s) => number(s.heartbeatSeconds), cls: () => 'num' },
    {
      field: 'messagesPerSecond', label: 'Msgs/s in / out',
      value: (s) => `${number(s.messagesInPerSecond, 1)} / ${number(s.messagesOutPerSecond, 1)}`, cls: () => 'num',
    },
    {
      field: 'latency', label: 'Latency µs p50 / p99 / p99.9 / max',
      value: (s) => {
        const l = s.latencyMicros;
        if (!l) return dash;
        return [l.p50, l.p99, l.p999, l.max].map((v) => number(v, typeof v === 'number' && v % 1 ? 1 : undefined)).join(' / ');
      },
      cls: () => 'num',
    },
  ];

  const sessionPath = (name, action) => `/api/sessions/${encodeURIComponent(name)}/${action}`;

  function sessionActions(session, name) {
    const post = (action, label) => () => act(`${label} ${name}`, 'POST', sessionPath(name, action));
    return [
      button('Connect', 'connect', post('connect', 'Connect')),
      button('Disconnect', 'disconnect', post('disconnect', 'Disconnect')),
      button('Logon', 'logon', post('logon', 'Logon')),
      button('Logout', 'logout', post('logout', 'Logout')),
      button('Test request', 'test-request', post('test-request', 'Test request')),
      button('Reset seqnums…', 'reset-seqnums', () => confirmThen(
        `Reset the sequence numbers of ${name} to 1? The venue must agree (a logon with ResetSeqNumFlag).`,
        post('reset-seqnums', 'Reset sequence numbers of')), 'danger'),
      button('Set seqnums…', 'set-seqnums', () => openSeqnumsForm(name)),
    ];
  }

  let sessions = [];

  function renderSessions(list) {
    sessions = list;
    syncRows(byId('sessions'), list, (s) => s.name, sessionColumns, {
      rowTestId: 'session-row', rowAttribute: 'data-session', actions: sessionActions, actionsLabel: 'Actions',
      empty: 'no venue sessions',
    });
    const select = byId('search-session');
    const names = list.map((s) => s.name);
    if ([...select.options].slice(1).map((o) => o.value).join('\n') !== names.join('\n')) {
      const chosen = select.value;
      select.replaceChildren(new Option('any', ''), ...names.map((n) => new Option(n, n)));
      select.value = names.includes(chosen) ? chosen : '';
    }
  }

  function openSeqnumsForm(name) {
    const session = sessions.find((s) => s.name === name) || {};
    const form = byId('seqnums-form');
    form.dataset.session = name;
    byId('seqnums-session').textContent = name;
    byId('seqnums-sender').value = session.nextSenderSeqNum ?? '';
    byId('seqnums-sender').disabled = session.nextSenderSeqNum === null; // OUCH: Soup has no outgoing number
    byId('seqnums-target').value = session.nextTargetSeqNum ?? '';
    form.hidden = false;
  }

  byId('seqnums-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const form = e.target;
    const body = {};
    const sender = byId('seqnums-sender');
    const target = byId('seqnums-target');
    if (sender.value !== '' && !sender.disabled) body.nextSenderSeqNum = Number(sender.value);
    if (target.value !== '') body.nextTargetSeqNum = Number(target.value);
    form.hidden = true;
    act(`Set sequence numbers of ${form.dataset.session}`, 'POST', sessionPath(form.dataset.session, 'seqnums'), body);
  });
  byId('seqnums-cancel').addEventListener('click', () => { byId('seqnums-form').hidden = true; });

  // ---- strategies ----

  const strategyColumns = [
    { field: 'id', label: 'Id', value: (s) => text(s.id), cls: () => 'num' },
    { field: 'name', label: 'Name', value: (s) => text(s.name) },
    { field: 'connected', label: 'Connected', value: (s) => yesNo(s.connected), cls: (s) => (s.connected ? 'good' : 'bad') },
    { field: 'loggedIn', label: 'Logged in', value: (s) => yesNo(s.loggedIn), cls: (s) => (s.loggedIn ? 'good' : 'warn') },
    { field: 'remote', label: 'Remote', value: (s) => text(s.remote) },
    { field: 'messagesIn', label: 'Msgs in', value: (s) => number(s.messagesIn), cls: () => 'num' },
    { field: 'messagesOut', label: 'Msgs out', value: (s) => number(s.messagesOut), cls: () => 'num' },
    { field: 'lastReceivedUtc', label: 'Last received', value: (s) => timeOf(s.lastReceivedUtc), title: (s) => s.lastReceivedUtc },
    { field: 'openOrders', label: 'Open orders', value: (s) => number(s.openOrders), cls: () => 'num' },
  ];

  // ---- the blotter ----

  // A name with its id beside it (the API gives both for venues and instruments).
  const named = (name, id) => (name ? `${name} (${text(id)})` : text(id));

  const orderColumns = [
    { field: 'gatewayOrderId', label: 'Gateway id', value: (o) => text(o.gatewayOrderId), cls: () => 'num' },
    { field: 'strategy', label: 'Strategy', value: (o) => text(o.strategy), cls: () => 'num' },
    { field: 'clientOrderId', label: 'Client id', value: (o) => text(o.clientOrderId), cls: () => 'num' },
    { field: 'venue', label: 'Venue', value: (o) => named(o.venueName, o.venue) },
    { field: 'instrument', label: 'Instrument', value: (o) => named(o.symbol, o.instrument) },
    { field: 'side', label: 'Side', value: (o) => text(o.side), cls: (o) => (/^b/i.test(o.side) ? 'buy' : 'sell') },
    { field: 'type', label: 'Type', value: (o) => text(o.type) },
    { field: 'quantity', label: 'Qty', value: (o) => decimal(o, 'quantity'), cls: () => 'num' },
    { field: 'price', label: 'Price', value: (o) => decimal(o, 'price'), cls: () => 'num' },
    { field: 'filled', label: 'Filled', value: (o) => decimal(o, 'filled'), cls: () => 'num' },
    { field: 'leaves', label: 'Leaves', value: (o) => decimal(o, 'leaves'), cls: () => 'num' },
    { field: 'state', label: 'State', value: (o) => text(o.state), cls: (o) => `state-${String(o.state).toLowerCase()}` },
    { field: 'venueOrderId', label: 'Venue order id', value: (o) => text(o.venueOrderId) },
    { field: 'updatedUtc', label: 'Updated', value: (o) => timeOf(o.updatedUtc), title: (o) => o.updatedUtc },
  ];

  function ordersQuery() {
    const form = new FormData(byId('orders-filter'));
    const query = new URLSearchParams();
    for (const [key, value] of form) if (String(value).trim() !== '') query.set(key, String(value).trim());
    return `/api/orders?${query}`;
  }

  byId('orders-filter').addEventListener('input', () => refreshSoon());
  byId('orders-filter').addEventListener('submit', (e) => { e.preventDefault(); refreshSoon(); });

  // ---- risk limits and kill switches ----

  // The limits each scope has (RiskChecks/Config/RiskLimits.cs), offered in the edit form.
  const limitNames = {
    strategy: ['maxOrderQuantity', 'maxOrderNotional', 'maxOpenOrders', 'maxDailyNotional', 'messageRate', 'clientOrderIdCapacity',
      'accounts', 'venues'],
    account: ['creditLimit'],
    instrument: ['restricted', 'maxOrderQuantity', 'maxOrderNotional', 'maxLongPosition', 'maxShortPosition', 'referencePrice',
      'collarPercent', 'collarTicks', 'tickSize'],
    venue: ['messageRate'],
  };

  function offerLimitNames() {
    byId('limit-names').replaceChildren(...limitNames[byId('limit-scope').value].map((n) => new Option(n, n)));
  }

  byId('limit-scope').addEventListener('change', offerLimitNames);
  offerLimitNames();

  // A limit's value as typed: empty is off (null), numbers are numbers, true/false are booleans, JSON is JSON.
  function limitValue(raw) {
    const value = raw.trim();
    if (value === '' || value === 'off' || value === 'null') return null;
    if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
    if (value === 'true' || value === 'false') return value === 'true';
    try { return JSON.parse(value); } catch { return value; }
  }

  byId('limit-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const scope = byId('limit-scope').value;
    const id = Number(byId('limit-id').value);
    const name = byId('limit-name').value.trim();
    act(`Change ${scope} ${id} ${name}`, 'PUT', '/api/risk/limits',
      { scope, id, limits: { [name]: limitValue(byId('limit-value').value) } });
  });

  byId('kill-level').addEventListener('change', () => {
    byId('kill-id').disabled = byId('kill-level').value === 'global';
  });

  // On asks first (it cancels orders); release does not.
  function killSwitch(on) {
    const level = byId('kill-level').value;
    const body = { level, on };
    let target = level;
    if (level !== 'global') {
      if (byId('kill-id').value === '') {
        showMessage(`A ${level} kill switch needs the ${level}'s id`, 'error');
        return;
      }
      body.id = Number(byId('kill-id').value);
      target = `${level} ${body.id}`;
    }
    const send = () => act(`${on ? 'Kill switch on' : 'Release kill switch'} (${target})`, 'POST', '/api/killswitch', body);
    if (on) confirmThen(`Turn the ${target} kill switch on? New orders are refused and the open orders it covers are canceled.`, send);
    else send();
  }

  byId('kill-form').addEventListener('submit', (e) => {
    e.preventDefault();
    killSwitch(true);
  });
  byId('kill-off').addEventListener('click', () => killSwitch(false));

  // The risk view's shape is the server's: arrays of rows become tables, the kill switches a line of badges.
  function renderRisk(risk) {
    const container = byId('risk');
    const kill = byId('kill-state');
    const seen = new Set();
    const scalars = [];
    let killText = [];
    for (const [key, value] of Object.entries(risk || {})) {
      if (/kill/i.test(key)) {
        killText = killText.concat(describeKillSwitches(value));
        continue;
      }
      if (value === null || typeof value !== 'object') {
        scalars.push({ name: key, value });
        continue;
      }
      seen.add(key);
      let section = container.querySelector(`section[data-scope="${CSS.escape(key)}"]`);
      if (!section) {
        section = document.createElement('section');
        section.dataset.scope = key;
        section.dataset.testid = `risk-${key}`;
        const title = key.replace(/([A-Z])/g, ' $1').toLowerCase();
        section.append(Object.assign(document.createElement('h3'), { textContent: title[0].toUpperCase() + title.slice(1) }),
          Object.assign(document.createElement('table'), { innerHTML: '<thead></thead><tbody></tbody>' }));
        container.append(section);
      }
      const rows = Array.isArray(value)
        ? value.map((row) => (row && typeof row === 'object' ? flatten(row, '', {}) : { value: row }))
        : Object.entries(value).map(([name, v]) => ({ name, value: v }));
      const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const columns = fields.map((f) => ({
        field: f, label: f, value: (r) => text(r[f]),
        cls: (r) => (typeof r[f] === 'number' ? 'num' : r[f] === true && /kill|restricted/i.test(f) ? 'bad' : ''),
      }));
      syncRows(section.querySelector('table'), rows, (r) => r.id ?? r.name ?? JSON.stringify(r), columns,
        { rowTestId: 'risk-row', rowAttribute: 'data-id' });
    }
    byId('risk-totals').textContent = scalars.map((s) => `${s.name}: ${text(s.value)}`).join(' · ');
    for (const section of container.querySelectorAll('section[data-scope]')) {
      if (!seen.has(section.dataset.scope)) section.remove();
    }
    kill.replaceChildren(...(killText.length ? killText : [['no kill switch on', 'good']]).map(([t, cls]) =>
      Object.assign(document.createElement('span'), { textContent: t, className: `badge ${cls}` })));
    kill.dataset.on = killText.length ? 'true' : 'false';
  }

  // [text, class] for every kill switch that is on, whatever shape the server gives them.
  function describeKillSwitches(value, level) {
    if (value === true) return [[`${level || 'global'} ON`, 'bad']];
    if (!value || value === false) return [];
    if (Array.isArray(value)) {
      return value.flatMap((v) => (v && typeof v === 'object'
        ? (v.on === false ? [] : [[`${v.level || level} ${v.id ?? ''} ON`.trim(), 'bad']])
        : [[`${level || ''} ${v} ON`.trim(), 'bad']]));
    }
    if (typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => describeKillSwitches(v, k.replace(/ies$/, 'y').replace(/s$/, '')));
    }
    return [];
  }

  // ---- counters ----

  let counters = {};

  function renderCounters(all) {
    counters = all || {};
    const filter = byId('counters-filter').value.trim().toLowerCase();
    const hideZeros = byId('counters-nonzero').checked;
    const rows = Object.entries(counters)
      .filter(([name, value]) => name.toLowerCase().includes(filter) && !(hideZeros && value === 0))
      .map(([name, value]) => ({ name, value }));
    syncRows(byId('counters'), rows, (r) => r.name, [
      { field: 'name', label: 'Counter', value: (r) => r.name },
      { field: 'value', label: 'Value', value: (r) => number(r.value), cls: () => 'num' },
    ], { rowTestId: 'counter-row', empty: 'no counters' });
  }

  byId('counters-filter').addEventListener('input', () => renderCounters(counters));
  byId('counters-nonzero').addEventListener('change', () => renderCounters(counters));

  // ---- message search ----

  byId('search-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(e.target)) {
      let v = String(value).trim();
      if (v === '') continue;
      // datetime-local has no zone: what is typed is UTC.
      if (key === 'from' || key === 'to') v = `${v.length === 16 ? `${v}:00` : v}Z`;
      query.set(key, v);
    }
    const summary = byId('search-summary');
    summary.textContent = 'searching…';
    try {
      const hits = await api('GET', `/api/messages?${query}`) || [];
      summary.textContent = `${hits.length} message${hits.length === 1 ? '' : 's'}`;
      renderMessages(hits);
    } catch (error) {
      summary.textContent = '';
      showMessage(`Message search: ${error.describe ? error.describe() : error.message}`, 'error');
    }
  });

  function renderMessages(hits) {
    const results = byId('search-results');
    results.replaceChildren(...hits.map((hit) => {
      const details = document.createElement('details');
      details.dataset.testid = 'message-hit';
      const summary = document.createElement('summary');
      summary.textContent = `${hit.time} · ${hit.session} · ${hit.direction === 'in' ? '← in' : '→ out'} · ${hit.protocol} · ` +
        `${hit.msgTypeName || ''} (${hit.msgType})`;
      summary.className = hit.direction === 'in' ? 'in' : 'out';
      const table = document.createElement('table');
      table.innerHTML = '<thead></thead><tbody></tbody>';
      const fields = (hit.fields || []).map((f, i) => ({ ...f, index: i }));
      syncRows(table, fields, (f) => f.index, [
        { field: 'tag', label: hit.protocol && hit.protocol.startsWith('OUCH') ? 'Offset' : 'Tag', value: (f) => text(f.tag), cls: () => 'num' },
        { field: 'name', label: 'Name', value: (f) => text(f.name) },
        { field: 'value', label: 'Value', value: (f) => (f.value ?? '') },
        { field: 'valueName', label: 'Meaning', value: (f) => (f.valueName ?? '') },
      ], { rowTestId: 'message-field' });
      const raw = document.createElement('pre');
      raw.className = 'raw';
      raw.textContent = hit.raw;
      details.append(summary, table, raw);
      return details;
    }));
    if (hits.length === 1) results.firstChild.open = true;
  }

  // ---- audit trail ----

  const auditColumns = [
    { field: 'time', label: 'Time (UTC)', value: (a) => text(a.time) },
    { field: 'who', label: 'Who', value: (a) => text(a.who) },
    { field: 'action', label: 'Action', value: (a) => text(a.action) },
    { field: 'target', label: 'Target', value: (a) => text(a.target) },
    { field: 'result', label: 'Result', value: (a) => text(a.result), cls: (a) => (refused(a.result) ? 'bad' : 'good') },
  ];

  // The server writes "ok: ...", "refused: 403 ..." or "error 409: ...".
  function refused(result) {
    return !/^ok\b/i.test(String(result));
  }

  // ---- tabs ----

  const tabButtons = [...document.querySelectorAll('#tabs [data-tab]')];
  let activeTab = 'sessions';

  function showTab(name) {
    activeTab = name;
    sessionStorage.setItem(TAB_KEY, name);
    for (const b of tabButtons) b.setAttribute('aria-selected', String(b.dataset.tab === name));
    for (const b of tabButtons) byId(`tab-${b.dataset.tab}`).hidden = b.dataset.tab !== name;
    refreshSoon();
  }

  for (const b of tabButtons) b.addEventListener('click', () => showTab(b.dataset.tab));

  // ---- polling: the status and the visible tab, about once a second ----

  const loaders = {
    sessions: async () => renderSessions(await api('GET', '/api/sessions') || []),
    strategies: async () => syncRows(byId('strategies'), await api('GET', '/api/strategies') || [], (s) => s.id, strategyColumns,
      { rowTestId: 'strategy-row', rowAttribute: 'data-strategy', empty: 'no strategy connections' }),
    orders: async () => {
      const orders = await api('GET', ordersQuery()) || [];
      byId('orders-count').textContent = `${orders.length} order${orders.length === 1 ? '' : 's'}`;
      syncRows(byId('orders'), orders, (o) => o.gatewayOrderId, orderColumns,
        { rowTestId: 'order-row', rowAttribute: 'data-order', empty: 'no orders match' });
    },
    risk: async () => renderRisk(await api('GET', '/api/risk')),
    counters: async () => renderCounters(await api('GET', '/api/counters')),
    messages: async () => { if (!sessions.length) renderSessions(await api('GET', '/api/sessions') || []); },
    audit: async () => syncRows(byId('audit'), await api('GET', '/api/audit?limit=200') || [],
      (a) => `${a.time}|${a.who}|${a.action}|${a.target}|${a.result}`, auditColumns,
      { rowTestId: 'audit-row', empty: 'no actions yet' }),
  };

  let timer = 0;
  let running = false;
  let again = false;

  async function refresh() {
    if (running) {
      again = true; // an action or a filter changed during this refresh: another one right after it
      return;
    }
    running = true;
    again = false;
    clearTimeout(timer);
    const state = byId('poll-state');
    try {
      if (!token()) {
        showLogin();
        state.textContent = 'waiting for a token';
        state.className = 'badge warn';
        return;
      }
      // One after the other: the server works out messages per second between two looks at the sessions, and
      // /api/status looks at them too; at the same moment, the second look would see a rate over no time at all.
      await loaders[activeTab]();
      const status = await api('GET', '/api/status');
      renderStatus(status || {});
      byId('login').hidden = true;
      state.textContent = `live · ${new Date().toISOString().substring(11, 19)} UTC`;
      state.className = 'badge good';
      state.dataset.live = 'true';
    } catch (e) {
      state.textContent = e.status === 401 ? 'token refused' : `not live: ${e.message}`;
      state.className = 'badge bad';
      state.dataset.live = 'false';
      if (e.status === 401) {
        // Polling with a refused token would only fill the server's log: wait for a new one.
        showLogin(e.describe());
        return;
      }
    } finally {
      running = false;
    }
    timer = setTimeout(refresh, again ? 0 : POLL_MILLIS);
  }

  function refreshSoon() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 0);
  }

  byId('login').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, byId('token-input').value.trim());
    byId('token-input').value = '';
    byId('message').hidden = true;
    refreshSoon();
  });

  byId('change-token').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    clearTimeout(timer);
    showLogin();
  });

  takeFragment();
  const tab = sessionStorage.getItem(TAB_KEY);
  showTab(tabButtons.some((b) => b.dataset.tab === tab) ? tab : 'sessions');
})();
