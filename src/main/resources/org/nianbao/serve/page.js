'use strict';
// Every text from a report is put on the page as text (textContent), never as markup.
const token = document.body.dataset.token;
const api = (path) => path + (path.includes('?') ? '&' : '?') + 't=' + encodeURIComponent(token);
const rows = new Map();
let sent = 0;
let queue = Promise.resolve();

function upload(file) {
  sent++;
  const name = file.webkitRelativePath || file.name;
  queue = queue.then(() => fetch(api('/upload?name=' + encodeURIComponent(name)), {method: 'POST', headers: {'X-Token': token}, body: file})
    .then((r) => r.ok ? null : r.json().then((j) => alert(name + '：' + j.error)))
    .catch(() => alert(name + '：上传失败')));
  document.getElementById('progress').hidden = false;
  document.getElementById('results').hidden = false;
  document.getElementById('legend').hidden = false;
  document.getElementById('actions').hidden = false;
  poll();
}

function addAll(list) {
  for (const f of list) {
    upload(f);
  }
}

function cell(tr, text, bad) {
  const td = document.createElement('td');
  td.textContent = text;
  if (bad) {
    td.className = 'bad';
  }
  tr.appendChild(td);
  return td;
}

function link(td, href, text) {
  const a = document.createElement('a');
  a.href = api(href);
  a.textContent = text;
  td.appendChild(a);
}

let polling = null;
function poll() {
  if (polling) {
    return;
  }
  polling = setInterval(() => {
    fetch(api('/results'), {headers: {'X-Token': token}}).then((r) => r.json()).then(show);
  }, 500);
}

function show(results) {
  const body = document.querySelector('#results tbody');
  let done = 0;
  for (const r of results) {
    const finished = r.state === 'done' || r.state === 'failed';
    done += finished ? 1 : 0;
    const old = rows.get(r.id);
    if (old && old.dataset.status === r.status) {
      continue;
    }
    const tr = document.createElement('tr');
    tr.dataset.status = r.status;
    tr.dataset.id = r.id;
    if (r.failing > 0) {
      tr.className = 'failing';
    }
    cell(tr, r.file);
    // The server words the status (a report read without a statutory table said as a problem, not as a plain 完成).
    cell(tr, r.shown, r.state === 'failed' || (r.state === 'done' && r.missing !== ''));
    cell(tr, r.agency);
    cell(tr, r.year);
    cell(tr, r.format);
    cell(tr, r.tables, r.noTables);
    cell(tr, finished && r.workbook ? String(r.failing) : '');
    cell(tr, finished && r.workbook ? String(r.review) : '', finished && r.review > 0);
    cell(tr, finished && r.workbook ? String(r.notes) : '');
    cell(tr, r.reason, true);
    const wb = cell(tr, '');
    if (r.workbook) {
      link(wb, '/workbook?id=' + r.id, '下载');
    }
    if (old) {
      body.replaceChild(tr, old);
    } else {
      body.appendChild(tr);
    }
    rows.set(r.id, tr);
  }
  document.getElementById('count').textContent = '已读取 ' + done + ' / ' + sent + ' 份';
  const bar = document.getElementById('bar');
  bar.max = Math.max(1, sent);
  bar.value = done;
  document.body.dataset.done = String(done === sent && results.length === sent);
}

const drop = document.getElementById('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const items = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter((x) => x);
  if (items.length === 0) {
    addAll(e.dataTransfer.files);
    return;
  }
  const walk = (entry) => {
    if (entry.isFile) {
      entry.file((f) => upload(new File([f], entry.fullPath.replace(/^\//, ''), {type: f.type})));
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      const more = () => reader.readEntries((list) => { list.forEach(walk); if (list.length) { more(); } });
      more();
    }
  };
  items.forEach(walk);
});
document.getElementById('files').addEventListener('change', (e) => addAll(e.target.files));
document.getElementById('folder').addEventListener('change', (e) => addAll(e.target.files));
document.getElementById('roster').addEventListener('change', (e) => {
  const f = e.target.files[0];
  const note = document.getElementById('roster-name');
  if (!f) {
    return;
  }
  note.textContent = '正在读取名单……';
  fetch(api('/roster'), {method: 'POST', headers: {'X-Token': token}, body: f}).then((r) => r.json()).then((j) => {
    note.textContent = j.error ? j.error : '名单“' + f.name + '”：' + j.units + ' 个单位';
  });
});
document.getElementById('fetch-button').addEventListener('click', () => {
  const addresses = document.getElementById('addresses').value;
  const out = document.getElementById('fetched');
  if (!addresses.trim()) {
    return;
  }
  out.textContent = '正在下载……';
  document.getElementById('fetch-button').disabled = true;
  fetch(api('/fetch'), {method: 'POST', headers: {'X-Token': token}, body: addresses}).then((r) => r.json()).then((j) => {
    out.textContent = j.error ? j.error : '下载了' + j.reports + '篇报告，' + j.failed + '个网址未能下载。' + (j.lines.length ? '\n' + j.lines.join('\n') : '');
    if (j.reports) {
      document.getElementById('progress').hidden = false;
      document.getElementById('results').hidden = false;
      document.getElementById('actions').hidden = false;
      sent += j.reports;
      poll();
    }
  }).catch(() => {
    out.textContent = '下载未能完成';
  }).finally(() => {
    document.getElementById('fetch-button').disabled = false;
  });
});

document.getElementById('merge').addEventListener('click', () => {
  const out = document.getElementById('merged');
  const region = document.getElementById('region').value.trim();
  out.textContent = '正在合成……';
  const path = '/merge' + (region ? '?region=' + encodeURIComponent(region) : '');
  queue.then(() => fetch(api(path), {method: 'POST', headers: {'X-Token': token}})).then((r) => r.json()).then((j) => {
    out.textContent = '';
    if (j.error) {
      out.textContent = j.error;
      return;
    }
    const span = document.createElement('span');
    span.id = 'merged-done';
    span.textContent = '共 ' + j.reports + ' 份报告，' + j.failures + ' 个文件未能读取：';
    out.appendChild(span);
    link(out, '/workbook?id=merged', '下载对比工作簿');
    out.appendChild(document.createTextNode('　'));
    link(out, '/workbook?id=merged&csv', '下载 CSV');
    out.appendChild(document.createTextNode('　'));
    link(out, '/workbook?id=merged&issues', '下载问题清单（' + j.issues + ' 项）');
  });
});
document.getElementById('quit').addEventListener('click', () => {
  fetch(api('/quit'), {method: 'POST', headers: {'X-Token': token}}).then(() => {
    document.body.textContent = 'nianbao 已停止，可以关闭此页面。';
  });
});
