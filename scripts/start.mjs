#!/usr/bin/env node
// `npm start`: builds once, then serves the demo and rebuilds the self-contained file on every
// change to src/ (TypeScript in watch mode feeds rollup in watch mode; the dev server reloads the
// page). XLIFF or bundle changes need `npm run generate` (the watchers then pick them up).
import {spawn, spawnSync} from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) => spawn(command, args, {stdio: 'inherit'});

if (spawnSync('npm', ['run', 'build'], {stdio: 'inherit'}).status !== 0) process.exit(1);
const children = [
  run(bin('tsc'), ['-p', 'tsconfig.json', '--watch', '--preserveWatchOutput']),
  run(bin('rollup'), ['-c', 'rollup.config.mjs', '--watch', '--no-watch.clearScreen']),
  run(bin('web-dev-server'), ['--config', 'web-dev-server.config.mjs']),
];
console.log('\nDemo: http://localhost:8000/demo/ (rebuilds on change; Ctrl+C stops)\n');
const stop = () => children.forEach((child) => child.kill());
process.on('SIGINT', stop).on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && (stop(), process.exit(code)));
