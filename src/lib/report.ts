/** "Something is wrong": prefilled links to the repository's issue form and to the editors' mailbox; no server needed. */

/** A prefilled "report a mistake" link to the repository's issue form. */
export function reportIssueUrl(repository: string, title: string, pageUrl: string, file: string): string {
  const body = `Pagina: ${pageUrl}\nBestand: ${file}\n\nWat klopt er niet?\n\n`;
  return `${repository}/issues/new?${new URLSearchParams({ title, body, labels: 'inhoud' })}`;
}

export function reportEmailUrl(email: string, subject: string, pageUrl: string): string {
  return `mailto:${email}?${new URLSearchParams({ subject, body: `${pageUrl}\n\n` }).toString().replace(/\+/g, '%20')}`;
}
