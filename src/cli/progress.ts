/** A one-line progress indicator on stderr, redrawn in place on a terminal. */
export interface Progress {
  update(step: string, fraction: number): void;
  done(): void;
}

export function progressReporter(enabled: boolean): Progress {
  let last = "";
  const tty = process.stderr.isTTY === true;
  return {
    update(step, fraction) {
      if (!enabled) return;
      const line = `${step} ${Math.round(fraction * 100)}%`;
      if (line === last) return;
      last = line;
      process.stderr.write(tty ? `\r${line.padEnd(40)}` : `${line}\n`);
    },
    done() {
      if (enabled && tty && last) process.stderr.write(`\r${" ".repeat(40)}\r`);
    },
  };
}
