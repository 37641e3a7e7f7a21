// The web chat page's only script (inline, with the page's CSP nonce; no framework). It sends what the
// user types or taps to /chat/api/send, shows the answers, listens to /chat/api/events for messages that
// arrive later, and keeps the transcript of this tab in sessionStorage. Every text is set with textContent.
export const chatScript = String.raw`
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('chat-config').textContent);
  var T = cfg.texts;
  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var photo = document.getElementById('chat-photo');
  var status = document.getElementById('chat-status');
  var restart = document.getElementById('chat-restart');
  var KEY = 'etalase-chat-v1';
  var transcript = [];
  try { transcript = JSON.parse(sessionStorage.getItem(KEY) || '[]'); } catch (e) { transcript = []; }
  function save() { try { sessionStorage.setItem(KEY, JSON.stringify(transcript.slice(-120))); } catch (e) {} }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function scroll() { log.scrollTop = log.scrollHeight; }
  function setStatus(text) { status.textContent = text || ''; }

  function bubble(from) {
    var b = el('div', 'msg ' + from);
    b.setAttribute('data-testid', from === 'user' ? 'msg-user' : 'msg-bot');
    b.appendChild(el('span', 'vh', (from === 'user' ? T.you : T.bot) + ': '));
    log.appendChild(b);
    return b;
  }

  function addOptions(b, m) {
    if (!m.options || !m.options.length) return;
    var row = el('div', 'options');
    if (m.columns) row.style.gridTemplateColumns = 'repeat(' + Math.min(4, m.columns) + ', 1fr)';
    m.options.forEach(function (o) {
      if (o.url) {
        var a = el('a', 'option', o.label);
        a.href = o.url;
        if (/^https?:/i.test(o.url)) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
        row.appendChild(a);
        return;
      }
      var btn = el('button', 'option', o.label);
      btn.type = 'button';
      btn.addEventListener('click', function () {
        showUser(o.label);
        send({ choice: { value: o.value, menuToken: m.menuToken } });
      });
      row.appendChild(btn);
    });
    b.appendChild(row);
  }

  function renderBot(m) {
    var b = bubble('bot');
    if (m.type === 'photo') {
      var img = el('img');
      img.src = m.src;
      img.alt = m.caption || T.photo;
      img.loading = 'lazy';
      b.appendChild(img);
      if (m.caption) b.appendChild(el('p', null, m.caption));
    } else {
      b.appendChild(el('p', null, m.text));
    }
    if (m.type === 'request') {
      if (m.request === 'location' && navigator.geolocation) {
        var loc = el('button', 'option', m.buttonLabel || T.shareLocation);
        loc.type = 'button';
        loc.addEventListener('click', function () {
          navigator.geolocation.getCurrentPosition(function (pos) {
            showUser('📍 ' + pos.coords.latitude.toFixed(5) + ', ' + pos.coords.longitude.toFixed(5));
            send({ location: { latitude: pos.coords.latitude, longitude: pos.coords.longitude } });
          }, function () { showBot({ type: 'text', text: T.locationDenied }, true); });
        });
        b.appendChild(loc);
      } else if (m.request === 'photo') {
        var pick = el('button', 'option', m.buttonLabel || T.attach);
        pick.type = 'button';
        pick.addEventListener('click', function () { photo.click(); });
        b.appendChild(pick);
      }
      if (m.hint && m.request !== 'location') b.appendChild(el('p', 'hint', m.hint));
    }
    addOptions(b, m);
    scroll();
  }

  function showBot(m, local) {
    if (!local) { transcript.push({ from: 'bot', m: m }); save(); }
    renderBot(m);
  }
  function showUser(text) {
    transcript.push({ from: 'user', text: text });
    save();
    bubble('user').appendChild(el('p', null, text));
    scroll();
  }

  // each message gets its id once and keeps it through retries: the server runs its turn once and answers a
  // retry with the same replies (a lost answer, a dropped connection), never a second turn
  function messageId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var s = '';
    for (var i = 0; i < 4; i++) s += Math.random().toString(36).slice(2, 10);
    return 'm' + s;
  }
  var RETRY_MS = [1000, 3000];
  var queue = Promise.resolve();
  function send(body) {
    var id = messageId();
    queue = queue.then(function () { return post(body, id, 0); });
    return queue;
  }
  function post(body, id, attempt) {
    var isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    var headers = { 'x-chat-message-id': id };
    if (!isForm) headers['content-type'] = 'application/json';
    log.setAttribute('aria-busy', 'true');
    setStatus(T.sending);
    var retry = function () {
      return new Promise(function (resolve) { setTimeout(resolve, RETRY_MS[attempt]); }).then(function () { return post(body, id, attempt + 1); });
    };
    return fetch('/chat/api/send', {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: isForm ? body : JSON.stringify(body)
    }).then(function (res) {
      if (res.status >= 502 && res.status <= 504 && attempt < RETRY_MS.length) return retry();
      return res.json().catch(function () { return {}; }).then(function (data) {
        setStatus('');
        (data.messages || []).forEach(function (m) { showBot(m); });
        if (!res.ok && !(data.messages || []).length) setStatus((data.error && data.error.message) || T.error);
      });
    }, function () {
      if (attempt < RETRY_MS.length) return retry();
      setStatus(T.offline);
    }).then(function () { log.setAttribute('aria-busy', 'false'); });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    showUser(text);
    send({ text: text });
    input.focus();
  });

  photo.addEventListener('change', function () {
    var file = photo.files && photo.files[0];
    photo.value = '';
    if (!file) return;
    if (!/^image\/(jpeg|png|webp)$/.test(file.type)) { setStatus(T.noPhoto); return; }
    if (file.size > cfg.maxPhotoBytes) { setStatus(T.tooLarge); return; }
    var data = new FormData();
    data.append('photo', file);
    showUser('📷 ' + T.photo);
    send(data);
  });

  restart.addEventListener('click', function () {
    transcript = [];
    save();
    while (log.firstChild) log.removeChild(log.firstChild);
    showUser('menu');
    send({ text: 'menu' });
  });

  function listen() {
    if (typeof EventSource === 'undefined') return;
    var es = new EventSource('/chat/api/events');
    es.addEventListener('messages', function (e) {
      try { JSON.parse(e.data).messages.forEach(function (m) { showBot(m); }); } catch (err) {}
    });
  }

  transcript.forEach(function (item) {
    if (item.from === 'user') { bubble('user').appendChild(el('p', null, item.text)); } else { renderBot(item.m); }
  });
  scroll();
  // the page's language switch is the chat's too: a page opened in another language starts the chat again in it
  var LANG_KEY = 'etalase-chat-lang';
  var lastLang = null;
  try { lastLang = sessionStorage.getItem(LANG_KEY); sessionStorage.setItem(LANG_KEY, cfg.lang); } catch (e) {}
  if (cfg.start) {
    send({ start: cfg.start });
    if (history.replaceState) history.replaceState(null, '', location.pathname);
  } else if (!transcript.length || (lastLang && lastLang !== cfg.lang)) {
    send({ start: '' });
  }
  listen();
  document.documentElement.setAttribute('data-chat-ready', 'true');
})();
`;
