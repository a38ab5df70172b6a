/** Asks for the password of an encrypted PDF (the app's counterpart of the command line's --password). */
import { useEffect, useRef, useState } from 'react';
import { useController } from '../useController';
import { useI18n } from '../i18n';

export function PasswordDialog() {
  const c = useController();
  const { t, s } = useI18n();
  const prompt = c.passwordPrompt;
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setValue('');
    input.current?.focus();
  }, [prompt?.file, prompt?.wrong]);
  if (!prompt) return null;
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={s.passwordTitle}
        data-testid="password-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          c.answerPassword(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') c.answerPassword(null);
        }}
      >
        <h2>{s.passwordTitle}</h2>
        <p>{t(prompt.wrong ? 'passwordWrong' : 'passwordAsk', { file: prompt.file })}</p>
        <input ref={input} type="password" autoComplete="off" data-testid="password-input" value={value} onChange={(e) => setValue(e.target.value)} />
        <div className="actions">
          <button type="button" onClick={() => c.answerPassword(null)}>{s.cancel}</button>
          <button type="submit" className="primary" data-testid="password-submit">{s.passwordOpen}</button>
        </div>
      </form>
    </div>
  );
}
