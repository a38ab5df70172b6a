/** The output of `lakstift text`, shared by the worker path (text.ts) and this thread's reading (textHere.ts). */

/** Collects output and hands it to stdout in large chunks, waiting when the pipe is full. */
export class BufferedOut {
  private parts: string[] = [];
  private size = 0;
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }
  async drainIfFull(): Promise<void> {
    if (this.size >= 1 << 20) await this.flush();
  }
  flush(): Promise<void> {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return new Promise((resolve, reject) => {
      process.stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
    });
  }
}
