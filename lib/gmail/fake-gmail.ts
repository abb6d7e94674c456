/**
 * A fake of the narrow `GmailSdk` view, for the e2e build only (tree-shaken from production).
 * Real Gmail cannot be reached from the test machines and Gmail's DOM cannot be stubbed, so
 * the stub page carries a fixture and the test drives Gmail events; everything else is the
 * real extension: the built content script, messaging, the service worker, IndexedDB, React.
 *
 * Typed against InboxSDK's own types through `GmailSdk`: an SDK change that the adapter would
 * feel breaks the type check here too.
 *
 * The page talks to the content script (another JavaScript world) through the DOM only:
 * - fixture: `<script type="application/json" id="ft-fake-gmail">{"account": …}</script>`;
 * - commands: `document.dispatchEvent(new CustomEvent('ft-fake', { detail: JSON.stringify(cmd) }))`;
 * - what the extension shows: the sidebar panel is put in `#ft-fake-sidebar`, row chips in
 *   `[data-fake-row="<threadId>"]`; `<html data-ft-fake-ready>` once every handler is registered;
 * - the open thread's messages are in `#ft-fake-thread`, each with a Reply button as Gmail's; a
 *   reply it opens is compose `reply:<threadId>`, its body shown in `#ft-fake-compose`.
 */
import { z } from 'zod';
import type { ComposeView, GmailSdk, LabelDescriptor, MessageView, ThreadRowView, ThreadView } from './inboxsdk';

export const FIXTURE_ID = 'ft-fake-gmail';
export const COMMAND_EVENT = 'ft-fake';

const contact = z.object({ emailAddress: z.string(), name: z.string().default('') });
const message = z.object({
  messageId: z.string(),
  from: contact,
  to: z.array(contact).default([]),
  loaded: z.boolean().default(true),
  /** Reading this message fails (Gmail changed under InboxSDK). */
  broken: z.boolean().default(false),
});
export const fixtureSchema = z.object({
  account: z.string(),
  load: z.enum(['ok', 'reject', 'hang']).default('ok'),
  loadTimeoutMs: z.number().optional(),
});
export type Fixture = z.infer<typeof fixtureSchema>;

const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('openThread'), threadId: z.string(), subject: z.string(), messages: z.array(message) }),
  z.object({ type: z.literal('expand'), messageId: z.string() }),
  z.object({ type: z.literal('arrive'), threadId: z.string(), message }),
  z.object({ type: z.literal('closeThread') }),
  z.object({
    type: z.literal('compose'),
    composeId: z.string(),
    html: z.string(),
    subject: z.string().default(''),
    to: z.array(contact).default([]),
    from: z.string().optional(),
    fromChoices: z.array(z.string()).default([]),
    replyTo: z.string().optional(),
  }),
  z.object({ type: z.literal('presending'), composeId: z.string() }),
  z.object({ type: z.literal('sent'), composeId: z.string(), messageId: z.string(), threadId: z.string() }),
  z.object({ type: z.literal('rows'), threadIds: z.array(z.string()) }),
]);
export type FakeCommand = z.input<typeof commandSchema>;

/** A minimal event emitter standing in for the SDK views' typed emitters. */
function emitter() {
  const listeners = new Map<string, Set<(arg: unknown) => void>>();
  return {
    on(event: string, fn: (arg: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(fn);
      listeners.set(event, set);
    },
    emit(event: string, arg?: unknown) {
      for (const fn of listeners.get(event) ?? []) fn(arg);
    },
  };
}

export function readFixture(doc: Document): Fixture | null {
  const text = doc.getElementById(FIXTURE_ID)?.textContent;
  return text ? fixtureSchema.parse(JSON.parse(text)) : null;
}

export function fakeGmail(doc: Document, fixture: Fixture): () => Promise<GmailSdk> {
  const threadHandlers = new Set<(v: ThreadView) => void>();
  const messageHandlers = new Set<(v: MessageView) => void>();
  const composeHandlers = new Set<(v: ComposeView) => void>();
  const rowHandlers = new Set<(v: ThreadRowView) => void>();
  const messages = new Map<string, { view: MessageView; loaded: boolean; events: ReturnType<typeof emitter> }>();
  const composes = new Map<string, { events: ReturnType<typeof emitter> }>();
  let openThread: { view: ThreadView; threadId: string; all: MessageView[]; events: ReturnType<typeof emitter> } | null = null;

  const container = (id: string) => {
    let el = doc.getElementById(id);
    if (!el) {
      el = doc.createElement('div');
      el.id = id;
      doc.body.append(el);
    }
    return el;
  };

  const makeCompose = (c: {
    composeId: string;
    html: string;
    subject: string;
    to: { emailAddress: string; name: string }[];
    from?: string | undefined;
    fromChoices: string[];
    replyTo?: string | undefined;
  }): ComposeView => {
    const events = emitter();
    composes.set(c.composeId, { events });
    const body = { html: c.html };
    const shown = container('ft-fake-compose');
    const view: ComposeView = {
      destroyed: false,
      on: events.on as unknown as ComposeView['on'],
      getHTMLContent: () => body.html,
      getSubject: () => c.subject,
      getToRecipients: () => c.to,
      getCcRecipients: () => [],
      getFromContact: () => ({ emailAddress: c.from ?? fixture.account, name: '' }),
      getFromContactChoices: () => c.fromChoices.map((emailAddress) => ({ emailAddress, name: '' })),
      isReply: () => c.replyTo !== undefined,
      getThreadID: () => c.replyTo ?? '',
      insertTextIntoBodyAtCursor: (text: string) => {
        const p = doc.createElement('p');
        p.textContent = text;
        body.html += p.outerHTML;
        shown.dataset.composeId = c.composeId;
        shown.innerHTML = body.html;
        return p;
      },
    };
    for (const h of composeHandlers) h(view);
    return view;
  };

  const makeMessage = (m: z.infer<typeof message>, thread: () => ThreadView): MessageView => {
    const events = emitter();
    const state = { loaded: m.loaded };
    // The message as Gmail shows it, with its Reply button.
    const el = doc.createElement('div');
    el.dataset.fakeMessage = m.messageId;
    el.textContent = `${m.from.name || m.from.emailAddress} `;
    const reply = doc.createElement('span');
    reply.setAttribute('role', 'button');
    reply.setAttribute('aria-label', 'Reply');
    reply.textContent = 'Reply';
    reply.addEventListener('click', () => {
      if (!openThread) return;
      makeCompose({
        composeId: `reply:${openThread.threadId}`,
        html: '',
        subject: `Re: ${openThread.view.getSubject()}`,
        to: [{ emailAddress: m.from.emailAddress, name: m.from.name }],
        fromChoices: [],
        replyTo: openThread.threadId,
      });
    });
    el.append(reply);
    container('ft-fake-thread').append(el);
    const view: MessageView = {
      destroyed: false,
      isLoaded: () => state.loaded,
      getMessageIDAsync: async () => {
        if (!state.loaded) throw new Error('tried to get message id before message is loaded');
        if (m.broken) throw new Error('Could not find message id element');
        return m.messageId;
      },
      getDateString: () => '',
      getSender: () => ({ emailAddress: m.from.emailAddress, name: m.from.name }),
      getRecipientsFull: async () => m.to,
      getViewState: () => (state.loaded ? 'EXPANDED' : 'COLLAPSED'),
      getElement: () => el,
      on: events.on as unknown as MessageView['on'],
      getThreadView: thread,
    };
    messages.set(m.messageId, {
      view,
      get loaded() {
        return state.loaded;
      },
      set loaded(v: boolean) {
        state.loaded = v;
      },
      events,
    });
    return view;
  };

  const run = (cmd: z.infer<typeof commandSchema>) => {
    switch (cmd.type) {
      case 'openThread': {
        openThread?.events.emit('destroy');
        const events = emitter();
        const sidebar = container('ft-fake-sidebar');
        sidebar.replaceChildren();
        container('ft-fake-thread').replaceChildren();
        container('ft-fake-compose').replaceChildren();
        const all: MessageView[] = [];
        const view: ThreadView = {
          destroyed: false,
          getThreadIDAsync: async () => cmd.threadId,
          getSubject: () => cmd.subject,
          getMessageViewsAll: () => all,
          addSidebarContentPanel: ((panel: { el: HTMLElement; title: string; iconUrl: string }) => {
            const frame = doc.createElement('section');
            frame.dataset.title = panel.title;
            frame.dataset.iconUrl = panel.iconUrl;
            frame.append(panel.el);
            sidebar.append(frame);
          }) as unknown as ThreadView['addSidebarContentPanel'],
          on: events.on as unknown as ThreadView['on'],
        };
        all.push(...cmd.messages.map((m) => makeMessage(m, () => view)));
        openThread = { view, threadId: cmd.threadId, all, events };
        events.on('destroy', () => ((view as { destroyed: boolean }).destroyed = true));
        for (const h of threadHandlers) h(view);
        for (const m of all) if (m.isLoaded()) for (const h of messageHandlers) h(m);
        return;
      }
      case 'expand': {
        const m = messages.get(cmd.messageId);
        if (!m || m.loaded) return;
        m.loaded = true;
        m.events.emit('load', { messageView: m.view });
        for (const h of messageHandlers) h(m.view);
        return;
      }
      case 'arrive': {
        if (!openThread || openThread.threadId !== cmd.threadId) return;
        const thread = openThread.view;
        const view = makeMessage(cmd.message, () => thread);
        openThread.all.push(view);
        for (const h of messageHandlers) h(view);
        return;
      }
      case 'closeThread':
        openThread?.events.emit('destroy');
        openThread = null;
        container('ft-fake-sidebar').replaceChildren();
        container('ft-fake-thread').replaceChildren();
        return;
      case 'compose':
        makeCompose(cmd);
        return;
      case 'presending':
        composes.get(cmd.composeId)?.events.emit('presending', { cancel() {} });
        return;
      case 'sent':
        if (container('ft-fake-compose').dataset.composeId === cmd.composeId) container('ft-fake-compose').replaceChildren();
        composes.get(cmd.composeId)?.events.emit('sent', {
          getMessageID: async () => cmd.messageId,
          getThreadID: async () => cmd.threadId,
        });
        return;
      case 'rows': {
        const list = container('ft-fake-rows');
        for (const threadId of cmd.threadIds) {
          const rowEl = doc.createElement('div');
          rowEl.dataset.fakeRow = threadId;
          rowEl.textContent = threadId;
          list.append(rowEl);
          const events = emitter();
          const row: ThreadRowView = {
            destroyed: false,
            getThreadIDIfStableAsync: async () => threadId,
            addLabel: ((stream: { onAny(fn: (e: { value: LabelDescriptor | null }) => void): void }) => {
              const chip = doc.createElement('span');
              chip.className = 'fake-chip';
              rowEl.append(chip);
              stream.onAny(({ value }) => {
                chip.textContent = value?.title ?? '';
                chip.style.color = value?.foregroundColor ?? '';
                chip.style.background = value?.backgroundColor ?? '';
                chip.hidden = !value;
              });
            }) as unknown as ThreadRowView['addLabel'],
            on: events.on as unknown as ThreadRowView['on'],
          };
          for (const h of rowHandlers) h(row);
        }
        return;
      }
    }
  };

  doc.addEventListener(COMMAND_EVENT, (e) => {
    const detail = (e as CustomEvent<unknown>).detail;
    const parsed = commandSchema.safeParse(typeof detail === 'string' ? JSON.parse(detail) : detail);
    if (parsed.success) run(parsed.data);
    else console.error('Fake Gmail: bad command', parsed.error.issues);
  });

  const sdk: GmailSdk = {
    User: { getEmailAddress: () => fixture.account },
    Conversations: {
      registerThreadViewHandler: (h) => (threadHandlers.add(h), () => threadHandlers.delete(h)),
      registerMessageViewHandler: (h) => (messageHandlers.add(h), () => messageHandlers.delete(h)),
    },
    Compose: {
      registerComposeViewHandler: (h) => {
        composeHandlers.add(h);
        // The last handler the content script registers: from here on the test may drive.
        doc.documentElement.dataset.ftFakeReady = 'true';
        return () => composeHandlers.delete(h);
      },
    },
    Lists: { registerThreadRowViewHandler: (h) => (rowHandlers.add(h), () => rowHandlers.delete(h)) },
  };
  return () => {
    if (fixture.load === 'reject') return Promise.reject(new Error('Fake Gmail: InboxSDK refused to load'));
    if (fixture.load === 'hang') return new Promise<GmailSdk>(() => {});
    return Promise.resolve(sdk);
  };
}
