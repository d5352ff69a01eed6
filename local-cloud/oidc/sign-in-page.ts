import type { LocalIdpUser } from './local-provider';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The local provider's own sign-in page. It is the identity provider's page, not the console's:
 * plain HTML with its own look, as a real 统一身份认证 page would be.
 */
export const renderSignInPage = ({ action, users, password, problem }: { action: string; users: readonly LocalIdpUser[]; password: string; problem: string }) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>统一身份认证（本地演示）</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;background:#eef1f5;margin:0;color:#1f2329}
main{max-width:420px;margin:8vh auto;background:#fff;border-radius:8px;padding:32px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
h1{font-size:20px;margin:0 0 4px}p{color:#5c6470;font-size:14px}
label{display:block;margin:16px 0 6px;font-size:14px}input{width:100%;box-sizing:border-box;padding:10px;font-size:16px;border:1px solid #c9ced6;border-radius:4px}
button{margin-top:20px;width:100%;padding:12px;font-size:16px;background:#1d4ed8;color:#fff;border:0;border-radius:4px;cursor:pointer}
.problem{color:#b42318}ul{padding-left:18px;font-size:13px;color:#5c6470}code{background:#f2f4f7;padding:0 4px}
</style></head><body><main>
<h1>浦东新区统一身份认证</h1>
<p>本地演示身份提供方：正式环境由区统一身份认证平台登录。</p>
${problem ? `<p class="problem" role="alert">${escape(problem)}</p>` : ''}
<form method="post" action="${escape(action)}">
<label for="username">用户名</label><input id="username" name="username" autocomplete="username" required>
<label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">登录</button>
</form>
<p>演示人员（密码均为 <code>${escape(password)}</code>）：</p>
<ul>${users.map((u) => `<li><code>${escape(u.username)}</code> ${escape(u.name)}（${escape(u.title)}）</li>`).join('')}</ul>
</main></body></html>`;
