// The sandbox page: shows #network as the chosen person sees it, types /peer as them, clicks as them.
//
// Rule for safety: message content arrives from the server as escaped HTML in `html` and is the only thing put
// in with innerHTML; every other string (names, labels, dialog texts, hints) goes in with textContent.
'use strict';

const state = {
  viewer: localStorage.getItem('peerbot.sandbox.viewer') || '',
  snapshot: null,
  openThread: null,
  homeOpen: false,
  rendered: new Map(), // ts -> { signature, element } for the channel's list, so unchanged messages stay put
};

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// ---------------------------------------------------------------- server

async function api(path, body) {
  const options = body === undefined ? { cache: 'no-store' } : {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  const answer = await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
  if (!response.ok || answer.ok === false) throw new Error(answer.error || `HTTP ${response.status}`);
  return answer;
}

let refreshing = false;
let refreshAgain = false;

// Coalesces bursts of events: at most one request in flight, and one more after it if anything changed meanwhile.
async function refresh() {
  if (refreshing) { refreshAgain = true; return; }
  refreshing = true;
  try {
    do {
      refreshAgain = false;
      state.snapshot = await loadSnapshot();
      if (state.viewer !== state.snapshot.viewer) setViewer(state.snapshot.viewer);
      render();
    } while (refreshAgain);
  } catch (error) {
    showStatus(`Could not load the channel: ${error.message}`, true);
  } finally {
    refreshing = false;
  }
}

// Without a viewer the server picks the first person; a remembered viewer the sandbox no longer has is dropped.
async function loadSnapshot() {
  try {
    return await api(`/api/snapshot?viewer=${encodeURIComponent(state.viewer)}`);
  } catch (error) {
    if (!state.viewer) throw error;
    state.viewer = '';
    return api('/api/snapshot?viewer=');
  }
}

function listen() {
  const events = new EventSource('/api/events');
  events.addEventListener('changed', (event) => {
    const change = JSON.parse(event.data || '{}');
    if (change.kind === 'home') {
      if (change.user === state.viewer) loadHome();
      return;
    }
    refresh();
  });
  events.onopen = refresh; // also after a reconnect: whatever was missed is in the snapshot
  events.onerror = () => setBotStatus(null);
}

// ---------------------------------------------------------------- rendering

function render() {
  const snap = state.snapshot;
  document.body.dataset.viewer = snap.viewer;
  $('channel-name').textContent = snap.channel.name;
  $('sidebar-channel-name').textContent = snap.channel.name;
  $('thread-channel').textContent = snap.channel.name;
  document.title = `#${snap.channel.name} · peerbot sandbox`;
  setBotStatus(snap.botConnected, snap.bot.name);
  renderViewerPicker(snap);
  renderPeople(snap);
  renderMessages(snap);
  renderThread(snap);
  renderHints(snap);
  renderOrganisation(snap);
  document.body.dataset.ready = 'true';
}

function setBotStatus(connected, name) {
  const status = $('bot-status');
  const dot = $('bot-dot');
  if (name) $('bot-name').textContent = name;
  status.textContent = connected ? 'peerbot is online' : connected === false ? 'peerbot is offline' : 'reconnecting…';
  status.classList.toggle('online', connected === true);
  dot.classList.toggle('online', connected === true);
}

function person(snap, id) {
  if (snap.bot.id === id) return snap.bot;
  return snap.people.find((p) => p.id === id) || { id, name: id, realName: id, role: '' };
}

function renderViewerPicker(snap) {
  const select = $('viewer');
  const wanted = snap.people.map((p) => p.id).join(',');
  if (select.dataset.people !== wanted) {
    select.replaceChildren(...snap.people.map((p) => {
      const option = el('option', null, `${p.name} — ${p.role}`);
      option.value = p.id;
      return option;
    }));
    select.dataset.people = wanted;
  }
  select.value = snap.viewer;
  paintAvatar($('viewer-avatar'), person(snap, snap.viewer));
}

function renderPeople(snap) {
  $('people').replaceChildren(...snap.people.map((p) => {
    const item = el('li', p.id === snap.viewer ? 'person me' : 'person');
    item.dataset.user = p.id;
    const avatar = el('span', 'avatar small');
    paintAvatar(avatar, p);
    const text = el('span', 'person-text');
    text.append(el('span', 'person-name', p.name + (p.id === snap.viewer ? ' (you)' : '')), el('span', 'person-role', p.role));
    item.append(avatar, text);
    item.title = `Be ${p.realName}`;
    return item;
  }));
}

function paintAvatar(node, who) {
  node.textContent = (who.name || '?').slice(0, 1).toUpperCase();
  node.style.background = who === state.snapshot?.bot ? '#0f766e' : `hsl(${hue(who.id)} 55% 42%)`;
}

function hue(text) {
  let h = 0;
  for (const c of String(text)) h = (h * 31 + c.codePointAt(0)) % 360;
  return h;
}

function renderMessages(snap) {
  const list = $('messages');
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  if (snap.messages.length === 0) {
    state.rendered.clear();
    list.replaceChildren(emptyChannel(snap));
    return;
  }
  const next = new Map();
  const nodes = snap.messages.map((m, i) => {
    const continued = continues(snap.messages[i - 1], m);
    const signature = JSON.stringify(m) + snap.viewer + continued;
    const previous = state.rendered.get(m.ts);
    const node = previous && previous.signature === signature
      ? previous.element : messageElement(snap, m, { inThread: false, continued });
    next.set(m.ts, { signature, element: node });
    return node;
  });
  state.rendered = next;
  list.replaceChildren(...nodes);
  if (nearBottom) list.scrollTop = list.scrollHeight;
}

function emptyChannel(snap) {
  const intro = el('div', 'empty');
  intro.append(el('div', 'empty-title', `This is the very beginning of #${snap.channel.name}.`),
    el('div', 'empty-text', 'Pick who you are at the top right, then type a /peer command below or pick one from "What to try".'));
  return intro;
}

// As in Slack, a message right after another by the same author goes without avatar and name.
function continues(previous, m) {
  return Boolean(previous) && previous.userId === m.userId && previous.ephemeral === m.ephemeral
    && !m.ephemeral && parseFloat(m.ts) - parseFloat(previous.ts) < 300 && previous.replyCount === 0;
}

function messageElement(snap, m, { inThread, continued }) {
  const author = person(snap, m.userId);
  const item = el('article', 'msg' + (m.ephemeral ? ' ephemeral' : '') + (m.bot ? ' from-bot' : '')
    + (continued ? ' continued' : ''));
  item.dataset.ts = m.ts;
  if (m.ephemeral) item.append(el('div', 'only-you', 'Only visible to you'));

  const row = el('div', 'msg-row');
  const avatar = continued ? el('div', 'gutter-time', clock(m.ts)) : el('div', 'avatar');
  if (!continued) paintAvatar(avatar, author);
  const body = el('div', 'msg-body');
  const head = el('div', 'msg-head');
  head.append(el('span', 'msg-author', m.bot ? author.name : (author.realName || author.name)));
  if (m.bot) head.append(el('span', 'app-badge', 'APP'));
  head.append(el('span', 'msg-time', clock(m.ts)));
  if (m.edited) head.append(el('span', 'msg-edited', '(edited)'));
  const content = el('div', 'msg-content');
  content.innerHTML = m.html; // escaped by the server; see the rule at the top
  markOwnMentions(content, snap);
  if (!continued) body.append(head);
  body.append(content);
  if (!inThread && m.replyCount > 0) body.append(repliesLink(m));
  row.append(avatar, body);
  item.append(row);
  return item;
}

function markOwnMentions(content, snap) {
  const me = `@${person(snap, snap.viewer).name}`;
  for (const mention of content.querySelectorAll('.mention')) {
    if (mention.textContent === me) mention.classList.add('me');
  }
}

function repliesLink(m) {
  const link = el('button', 'replies-link');
  link.type = 'button';
  link.dataset.thread = m.ts;
  link.append(el('span', 'replies-count', `${m.replyCount} ${m.replyCount === 1 ? 'reply' : 'replies'}`),
    el('span', 'replies-last', `Last reply ${clock(m.latestReplyTs)}`));
  return link;
}

function clock(ts) {
  if (!ts) return '';
  return new Date(parseFloat(ts) * 1000).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

function renderThread(snap) {
  const panel = $('thread-panel');
  const parent = state.openThread && snap.messages.find((m) => m.ts === state.openThread);
  if (!parent) {
    state.openThread = null;
    panel.hidden = true;
    $('hints-panel').hidden = state.homeOpen;
    return;
  }
  const replies = snap.threads[parent.ts] || [];
  const body = $('thread-body');
  const nearBottom = body.scrollHeight - body.scrollTop - body.clientHeight < 80;
  const count = el('div', 'thread-divider', `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`);
  body.replaceChildren(messageElement(snap, parent, { inThread: true, continued: false }), count,
    ...replies.map((r, i) => messageElement(snap, r, { inThread: true, continued: continues(replies[i - 1], r) })));
  panel.hidden = false;
  panel.dataset.thread = parent.ts;
  $('hints-panel').hidden = true;
  if (nearBottom) body.scrollTop = body.scrollHeight;
}

function renderHints(snap) {
  $('hints').replaceChildren(...snap.hints.map((hint, i) => {
    const item = el('li', 'hint');
    const who = person(snap, hint.userId);
    const title = el('div', 'hint-title');
    title.append(el('span', 'hint-number', String(i + 1)), el('span', null, hint.title));
    item.append(title);
    const line = el('div', 'hint-line');
    line.append(el('span', 'hint-as', `as ${who.name}`));
    if (hint.command) {
      const use = el('button', 'hint-command', hint.command);
      use.type = 'button';
      use.title = `Be ${who.name} and put this in the composer`;
      use.addEventListener('click', () => {
        setViewer(hint.userId);
        $('composer-input').value = hint.command;
        $('composer-input').focus();
        refresh();
      });
      line.append(use);
    } else {
      const be = el('button', 'hint-be', `be ${who.name}`);
      be.type = 'button';
      be.addEventListener('click', () => { setViewer(hint.userId); refresh(); });
      line.append(be);
    }
    item.append(line, el('div', 'hint-then', hint.then));
    return item;
  }));
}

function renderOrganisation(snap) {
  $('org-table').replaceChildren(...snap.vpcs.map((vpc) => {
    const row = el('tr');
    const name = el('td');
    name.append(el('code', null, vpc.name));
    row.append(name, el('td', null, vpc.cidr), el('td', 'muted', `${vpc.account} ${vpc.region}`),
      el('td', null, person(snap, vpc.ownerId).name));
    return row;
  }));
  const admins = snap.people.filter((p) => /admin/.test(p.role)).map((p) => p.name);
  $('org-note').textContent = admins.length ? `${admins.join(', ')} may approve anything (admin).` : '';
}

// ---------------------------------------------------------------- acting

function setViewer(id) {
  state.viewer = id;
  localStorage.setItem('peerbot.sandbox.viewer', id);
  state.rendered.clear();
}

function showStatus(text, isError) {
  const status = $('composer-status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

function whoAmI() {
  return state.snapshot ? person(state.snapshot, state.viewer).name : state.viewer;
}

async function sendCommand(event) {
  event.preventDefault();
  const input = $('composer-input');
  const text = input.value.trim();
  if (!text) return;
  try {
    await api('/api/command', { user: state.viewer, text });
    showStatus(`${whoAmI()} typed ${text}`, false);
    input.value = '';
  } catch (error) {
    showStatus(error.message, true);
  }
}

function findMessage(ts) {
  const snap = state.snapshot;
  return snap.messages.find((m) => m.ts === ts)
    || Object.values(snap.threads).flat().find((m) => m.ts === ts);
}

// The bot links to its threads with Slack permalinks (…/archives/C…/p1700000000000100); here they open the thread.
function permalinkTarget(anchor) {
  const match = /\/archives\/([A-Z0-9]+)\/p(\d{10})(\d{6})/.exec(anchor.getAttribute('href') || '');
  if (!match || match[1] !== state.snapshot.channel.id) return null;
  return state.snapshot.messages.find((m) => m.ts === `${match[2]}.${match[3]}`) || null;
}

function openMessage(message) {
  if (message.replyCount > 0) {
    state.openThread = message.ts;
    renderThread(state.snapshot);
  }
  const node = $('messages').querySelector(`[data-ts="${CSS.escape(message.ts)}"]`);
  if (node) {
    node.scrollIntoView({ block: 'nearest' });
    node.classList.remove('flash');
    void node.offsetWidth; // restart the highlight when the same link is clicked again
    node.classList.add('flash');
  }
}

function onClick(event) {
  const anchor = event.target.closest('a[href]');
  const linked = anchor && permalinkTarget(anchor);
  if (linked) {
    event.preventDefault();
    openMessage(linked);
    return;
  }
  const threadLink = event.target.closest('[data-thread]');
  if (threadLink && threadLink.classList.contains('replies-link')) {
    state.openThread = threadLink.dataset.thread;
    renderThread(state.snapshot);
    return;
  }
  const personItem = event.target.closest('.person[data-user]');
  if (personItem) {
    setViewer(personItem.dataset.user);
    refresh();
    return;
  }
  const buttonNode = event.target.closest('button[data-button]');
  if (!buttonNode) return;
  const message = findMessage(buttonNode.closest('[data-ts]').dataset.ts);
  const button = message && message.buttons[Number(buttonNode.dataset.button)];
  if (!button) return;
  if (button.confirm) confirmThenClick(message, button, buttonNode);
  else click(message, button, buttonNode, false);
}

function confirmThenClick(message, button, buttonNode) {
  const dialog = $('confirm-dialog');
  const c = button.confirm;
  $('confirm-title').textContent = c.title || 'Are you sure?';
  $('confirm-text').textContent = c.text || '';
  $('confirm-ok').textContent = c.confirm || 'Yes';
  $('confirm-deny').textContent = c.deny || 'Cancel';
  $('confirm-ok').className = `bk-button ${c.style === 'danger' ? 'danger' : 'primary'}`;
  dialog.returnValue = '';
  dialog.onclose = () => {
    if (dialog.returnValue === 'ok') click(message, button, buttonNode, true);
  };
  dialog.showModal();
  $('confirm-deny').focus();
}

async function click(message, button, buttonNode, confirmed) {
  buttonNode.disabled = true;
  try {
    await api('/api/click', { user: state.viewer, ts: message.ts, actionId: button.actionId, confirmed });
    showStatus(`${whoAmI()} clicked ${button.text}`, false);
  } catch (error) {
    showStatus(error.message, true);
  } finally {
    buttonNode.disabled = false;
  }
}

// ---------------------------------------------------------------- the Home tab

// Opening the tab is what makes Slack tell the bot (app_home_opened); the view it publishes arrives as an event.
async function openHome() {
  state.homeOpen = true;
  state.openThread = null;
  $('thread-panel').hidden = true;
  $('hints-panel').hidden = true;
  $('home-panel').hidden = false;
  $('home-body').replaceChildren(el('div', 'home-waiting', 'Waiting for peerbot to publish the Home tab…'));
  try {
    await api('/api/home', { user: state.viewer });
    await loadHome();
  } catch (error) {
    showStatus(error.message, true);
  }
}

// The view's HTML is escaped on the server, like message content.
async function loadHome() {
  if (!state.homeOpen) return;
  const answer = await api(`/api/home?viewer=${encodeURIComponent(state.viewer)}`);
  if (answer.html === undefined) return;
  const body = el('div', 'home-view');
  body.innerHTML = answer.html;
  $('home-body').replaceChildren(body);
}

function closeHome() {
  state.homeOpen = false;
  $('home-panel').hidden = true;
  renderThread(state.snapshot);
}

// ---------------------------------------------------------------- start

$('composer').addEventListener('submit', sendCommand);
$('viewer').addEventListener('change', (event) => {
  setViewer(event.target.value);
  refresh();
  if (state.homeOpen) openHome();
});
$('thread-close').addEventListener('click', () => { state.openThread = null; renderThread(state.snapshot); });
$('home-open').addEventListener('click', openHome);
$('home-close').addEventListener('click', closeHome);
document.addEventListener('click', onClick);
refresh();
listen();
