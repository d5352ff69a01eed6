/** Plain-text lines for a plan: one per change, and the notes a person should look at. */
import type { Change, Note, Plan } from './types';

const index = (fields: string[], unique?: boolean) => `(${fields.join(', ')})${unique ? ' unique' : ''}`;

export const describeChange = (change: Change): string => {
  switch (change.kind) {
    case 'collection.create':
      return `create collection ${change.collection}`;
    case 'collection.rule':
      return `set collection ${change.collection} rule ${change.from ? `${change.from} → ` : ''}${change.to} (仅管理端可读写)`;
    case 'index.create':
      return `create index ${change.collection}.${change.indexName} ${index(change.index.fields, change.index.unique)}`;
    case 'storage.rule':
      return `set storage rule ${change.from ? `${change.from} → ` : ''}${change.to} (仅创建者及管理员可读写; any other rule lets whoever holds a fileID read attachments, check-in photos and exports)`;
    case 'function.create': {
      const { fn } = change;
      const variables = Object.entries(fn.variables).map(([k, v]) => `${k}=${v ?? '<from configuration>'}`);
      const triggers = fn.triggers.map((t) => `${t.name} ${t.type} "${t.config}"`);
      return [
        `create function ${fn.name}: ${fn.runtime}, timeout ${fn.timeout} s, code ${fn.codeHash} (dependencies installed in the cloud)`,
        `    variables: ${variables.join(', ') || 'none'}`,
        `    triggers: ${triggers.join('; ') || 'none'}`,
        `    open API: ${fn.openapi.join(', ') || 'none'} (config.json, uploaded with the code)`,
      ].join('\n');
    }
    case 'function.code':
      return `upload function ${change.fn.name} code ${change.from ?? 'unknown'} → ${change.fn.codeHash}`;
    case 'function.config':
      return `update function ${change.fn.name} configuration: ${[...change.changes, `record code ${change.fn.codeHash}`].join('; ')}`;
    case 'trigger.delete':
      return `delete trigger ${change.fn}.${change.trigger.name} "${change.trigger.config}" (${change.reason === 'changed' ? 'changed, recreated below' : 'not declared'})`;
    case 'trigger.create':
      return `create trigger ${change.fn}.${change.trigger.name} ${change.trigger.type} "${change.trigger.config}"`;
    case 'app.upload':
      return `build the weapp (production) and upload version ${change.app.version}: “${change.app.description}”`;
    case 'app.preview':
      return `build the weapp (production) and make a preview QR code: “${change.app.description}”`;
  }
};

export const describeNote = (note: Note): string => {
  switch (note.kind) {
    case 'collection.undeclared':
      return `collection ${note.collection} exists but is not declared in server/db/collections.ts (left as it is)`;
    case 'index.undeclared':
      return `index ${note.collection}.${note.index.name} ${index(note.index.fields, note.index.unique)} exists but is not declared (left as it is; drop it in the console if unused)`;
    case 'function.runtime':
      return `function ${note.fn} runs ${note.observed}, the bundle targets ${note.declared} (a runtime is chosen when a function is created: recreate it in the console)`;
  }
};

export const describePlan = (plan: Plan): string[] => [
  ...plan.changes.map((c, i) => `${String(i + 1).padStart(3)}. ${describeChange(c)}`),
  ...plan.notes.map((n) => `  note: ${describeNote(n)}`),
];
