// @ts-check
import ts from 'typescript';

/**
 * TypeScript's own errors (what `tsc --noEmit` reports), read from the program the type-aware
 * rules have already built and checked: `tsc` beside ESLint built and checked the same project
 * a second time, a quarter of the static checks' CPU (docs/performance.md).
 */
let projectChecked = false;

/** @type {import('eslint').Rule.RuleModule} */
const typescriptErrors = {
  meta: {
    type: 'problem',
    docs: { description: "Report the TypeScript compiler's errors" },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const program = sourceCode.parserServices?.program;
    const file = program?.getSourceFile(context.filename);
    if (!program || !file) return {};
    return {
      Program(node) {
        const report = (/** @type {ts.Diagnostic} */ diagnostic) => {
          const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
          const message = `${text} (TS${String(diagnostic.code)})`;
          if (diagnostic.file !== file || diagnostic.start === undefined) {
            context.report({ node, message });
            return;
          }
          const end = diagnostic.start + (diagnostic.length ?? 0);
          const start = sourceCode.getLocFromIndex(diagnostic.start);
          context.report({ loc: { start, end: sourceCode.getLocFromIndex(end) }, message });
        };
        // Errors of no file (compiler options, missing global types): once, on the first file.
        if (!projectChecked) {
          projectChecked = true;
          program.getOptionsDiagnostics().forEach(report);
          program.getGlobalDiagnostics().forEach(report);
        }
        program.getSyntacticDiagnostics(file).forEach(report);
        program.getSemanticDiagnostics(file).forEach(report);
      },
    };
  },
};

export default { rules: { 'typescript-errors': typescriptErrors } };
