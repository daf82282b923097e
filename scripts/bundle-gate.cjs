// The gate every Apps Script bundle passes: an ES2019 classic script (no import/export, nothing newer)
// that names no Node-only global. Apps Script rejects newer syntax on push (clasp issues #907, #935) and
// has no require/process/Buffer/timers at run time.
const { parse } = require('acorn');

const NODE_ONLY_GLOBALS = [
  'require',
  'module',
  'exports',
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'queueMicrotask',
  'fetch',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
];

/** Returns the problems of a bundle: empty when it may ship. */
function checkBundle(code) {
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 2019, sourceType: 'script', locations: true });
  } catch (error) {
    return [`not an ES2019 classic script: ${error.message}`];
  }
  const declared = new Set();
  const used = [];
  walk(ast, null, (node, parent) => {
    if (node.type === 'Identifier' && NODE_ONLY_GLOBALS.includes(node.name) && isReference(node, parent)) {
      used.push(`${node.name} at line ${node.loc.start.line}`);
    }
    if ((node.type === 'VariableDeclarator' || node.type === 'FunctionDeclaration') && node.id?.type === 'Identifier') {
      declared.add(node.id.name);
    }
  });
  return used.filter((u) => !declared.has(u.split(' ')[0])).map((u) => `Node-only global ${u}`);
}

function isReference(node, parent) {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return false;
  if (parent.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) return false;
  if (parent.type === 'MethodDefinition' && parent.key === node && !parent.computed) return false;
  return true;
}

function walk(node, parent, visit) {
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c.type === 'string') walk(c, node, visit);
    } else if (child && typeof child.type === 'string') {
      walk(child, node, visit);
    }
  }
}

exports.NODE_ONLY_GLOBALS = NODE_ONLY_GLOBALS;
exports.checkBundle = checkBundle;
