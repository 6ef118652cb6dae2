import { markZodCallsPure } from '../../tools/pureZod';

describe('marking zod/mini schema constructors pure for esbuild', () => {
  it('marks each constructor call, nested ones too', () => {
    const out = markZodCallsPure('const s = z.object({ a: z.optional(z.string().check(z.trim())) });');
    expect(out).toBe(
      'const s = /* @__PURE__ */ z.object({ a: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim())) });',
    );
  });

  it('leaves comments, strings and other calls as they are', () => {
    const source = [
      '/** Built with z.object( … ) */',
      "const m = 'z.string() is a call';",
      'const t = `z.array(${x})`;',
      'const c = z.config({});',
      'const o = y.object({});',
    ].join('\n');
    expect(markZodCallsPure(source)).toBe(source);
  });
});
