/** A plain page listing what the local "WeChat" delivered, so a person can see the reminders. */
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const renderOutboxPage = (messages: Array<Record<string, unknown>>): string => {
  const rows = messages
    .map((m) => {
      const data = Object.entries((m.data ?? {}) as Record<string, { value: string }>)
        .map(([k, v]) => `<div><small>${escape(k)}</small> ${escape(String(v.value))}</div>`)
        .join('');
      const at = new Date(m.sentAt as string).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
      return `<tr><td>${escape(at)}</td><td>${escape(String(m.touser))}</td><td>${escape(String(m.templateId))}</td><td>${data}</td><td><code>${escape(String(m.page))}</code></td></tr>`;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>订阅消息发件箱（本地）</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:24px;color:#1f2933}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:8px;text-align:left;vertical-align:top;font-size:14px}small{color:#6b7280}th{background:#f3f4f6}</style></head>
<body><h1>订阅消息发件箱</h1><p>本地云把小程序发出的订阅消息存放在这里（正式环境由微信推送给用户）。最新的在前，共 ${messages.length} 条。</p>
<table><thead><tr><th>发送时间</th><th>接收人 openid</th><th>模板</th><th>内容</th><th>点击后打开</th></tr></thead><tbody>${rows || '<tr><td colspan="5">还没有发出任何消息</td></tr>'}</tbody></table></body></html>`;
};
