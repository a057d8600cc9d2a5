/**
 * A small Vite plugin for an Angular app built ahead of time without the Angular CLI:
 * - buildStart: Angular's compiler (`@angular/compiler-cli`, what `ng build` runs) compiles the app
 *   with strict template type-checking; any error fails the build;
 * - load: Vite takes each app file's compiled JavaScript from memory;
 * - transform: Angular's linker finishes the framework packages, which npm ships partially compiled.
 * Only for `vite build`; in an Angular CLI project `ng build` does all of this.
 */
import {
  ConsoleLogger,
  createCompilerHost,
  formatDiagnostics,
  LogLevel,
  NodeJSFileSystem,
  performCompilation,
  readConfiguration,
} from '@angular/compiler-cli';
import { createEs2015LinkerPlugin } from '@angular/compiler-cli/linker/babel';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

// The Babel the linker is built against: the compiler's own dependency.
const babel = createRequire(createRequire(import.meta.url).resolve('@angular/compiler-cli/package.json'))(
  '@babel/core',
) as typeof import('@babel/core');

/** Compiles the project of `tsconfig`; returns its emitted JavaScript by output path, or throws the errors. */
export function compileAngular(tsconfig: string): Map<string, string> {
  const config = readConfiguration(tsconfig);
  if (config.errors.length) throw new Error(formatDiagnostics(config.errors));
  const emitted = new Map<string, string>();
  const host = createCompilerHost({ options: config.options });
  host.writeFile = (fileName, text) => void (fileName.endsWith('.js') && emitted.set(resolve(fileName), text));
  const { diagnostics } = performCompilation({
    rootNames: config.rootNames,
    options: config.options,
    emitFlags: config.emitFlags,
    host,
  });
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) throw new Error(formatDiagnostics(errors));
  return emitted;
}

export function angularAot({ tsconfig }: { tsconfig: string }): Plugin {
  const options = readConfiguration(tsconfig).options;
  const rootDir = resolve(options.rootDir!);
  const outDir = resolve(options.outDir!);
  const linker = createEs2015LinkerPlugin({
    linkerJitMode: false,
    fileSystem: new NodeJSFileSystem(),
    logger: new ConsoleLogger(LogLevel.warn),
  });
  let emitted = new Map<string, string>();

  return {
    name: 'angular-aot',
    buildStart() {
      try {
        emitted = compileAngular(tsconfig);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    load(id) {
      if (!id.endsWith('.ts') || relative(rootDir, id).startsWith('..')) return null;
      const compiled = emitted.get(join(outDir, relative(rootDir, id)).replace(/\.ts$/, '.js'));
      return compiled ?? null;
    },
    async transform(code, id) {
      if (!/[\\/]node_modules[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return null;
      const result = await babel.transformAsync(code, {
        filename: id,
        plugins: [linker],
        babelrc: false,
        configFile: false,
        compact: false,
        sourceMaps: true,
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
