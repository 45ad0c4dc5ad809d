// @ts-check
import ts from 'typescript';

/**
 * TypeScript's own errors (what `tsc --noEmit` reports), read from the program the type-aware
 * rules have already built and checked: `tsc` beside ESLint built and checked the same project
 * a second time, a quarter of the static checks' CPU (docs/performance.md).
 */
let programWideReported = false;

/** @param {ts.Diagnostic} diagnostic */
const text = (diagnostic) =>
  `${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')} (TS${String(diagnostic.code)})`;

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
    return {
      Program(node) {
        // A config that turns type information off for a file must not turn the typecheck off unseen.
        if (!program || !file) {
          context.report({ node, message: 'Not typechecked: no TypeScript program for this file' });
          return;
        }
        // The tsconfig's and the compiler options' errors, and global ones: once, on the first file.
        if (!programWideReported) {
          programWideReported = true;
          const programWide = [
            ...program.getConfigFileParsingDiagnostics(),
            ...program.getOptionsDiagnostics(),
            ...program.getGlobalDiagnostics(),
          ];
          for (const diagnostic of programWide) {
            const where = diagnostic.file
              ? `${diagnostic.file.fileName}:${String(diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1)}: `
              : '';
            context.report({ node, message: `${where}${text(diagnostic)}` });
          }
        }
        const inFile = [
          ...program.getSyntacticDiagnostics(file),
          ...program.getSemanticDiagnostics(file),
        ];
        for (const diagnostic of inFile) {
          const start = diagnostic.start ?? 0;
          const end = start + (diagnostic.length ?? 0);
          context.report({
            loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) },
            message: text(diagnostic),
          });
        }
      },
    };
  },
};

export default { rules: { 'typescript-errors': typescriptErrors } };
