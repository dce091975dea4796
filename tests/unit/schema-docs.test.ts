/**
 * Every field of every schema in src/schemas/ carries a TSDoc comment (what it means, its form, an
 * example), the way Starlight documents its schemas: editors and developers read the meaning of a
 * field where it is defined. Fields are the properties of the object literals passed to
 * `z.object(…)` and `.extend(…)`, and of the objects spread into them (`translationMeta`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SCHEMAS = resolve(import.meta.dirname, '../../src/schemas');

/** `file: field` for each field without a TSDoc comment in one schema file. */
function undocumentedFields(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const objects: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const first = node.arguments[0];
      if ((method === 'object' || method === 'extend') && first && ts.isObjectLiteralExpression(first))
        objects.push(first);
    }
    // A plain object of fields meant to be spread into a schema (e.g. `translationMeta`).
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      const props = node.initializer.properties;
      if (props.length && props.every((p) => ts.isPropertyAssignment(p) && p.initializer.getText().startsWith('z.')))
        objects.push(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  const missing: string[] = [];
  for (const object of objects) {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const docs = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc);
      if (!docs.some((doc) => String(doc.comment ?? '').trim())) {
        const { line } = tree.getLineAndCharacterOfPosition(property.getStart());
        missing.push(`${file}:${line + 1}: ${property.name.getText()}`);
      }
    }
  }
  return missing;
}

describe('schema documentation', () => {
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.ts'));

  it('finds the fields of the schema files', () => {
    // A check that finds nothing passes anything: make sure it sees the fields it is about.
    const source = readFileSync(join(SCHEMAS, 'service.ts'), 'utf8');
    expect(undocumentedFields('service.ts', source.replace(/ *\/\*\*[^\n]*\*\/\n(?= *organisation: id)/, ''))).toEqual([
      `service.ts:${source.slice(0, source.indexOf('    organisation: id')).split('\n').length - 1}: organisation`,
    ]);
    expect(undocumentedFields('x.ts', 'const a = z.object({ b: z.string(), c });')).toEqual(['x.ts:1: b', 'x.ts:1: c']);
    expect(undocumentedFields('x.ts', 'const a = z.object({\n  /** The b. */\n  b: z.string(),\n});')).toEqual([]);
  });

  it('gives every field in src/schemas/ a TSDoc comment', () => {
    const missing = files.flatMap((file) =>
      undocumentedFields(`src/schemas/${file}`, readFileSync(join(SCHEMAS, file), 'utf8')),
    );
    expect(missing).toEqual([]);
  });
});
