/** One plain mailbox, safe to put in a mailto: URL as it is: no spaces, `?`, `&`, `,` or `;`, and no `%` (which mail apps decode into more recipients or headers). */
export const mailboxPattern = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isMailbox(address: string): boolean {
  return mailboxPattern.test(address);
}
