/** The part of Carbone 3's API the bench uses (the package ships no types). */
declare module 'carbone' {
  interface Carbone {
    render(templatePath: string, data: unknown, options: Record<string, unknown>, callback: (err: unknown, result: Buffer | string, reportName?: string) => void): void
    set(options: Record<string, unknown>): void
  }
  const carbone: Carbone
  export default carbone
}
