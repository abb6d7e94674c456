// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { noteAccountSeen } from '../../lib/db/accounts-store';
import { renderWithBackground } from '../support/render';

afterEach(cleanup);

describe('popup', () => {
  it('asks the user to open Gmail before any account was seen', async () => {
    await renderWithBackground(<PopupApp openOptions={vi.fn()} />);
    expect(await screen.findByText('Open Gmail to get started')).toBeTruthy();
  });

  it('names the watched accounts once Gmail reported one', async () => {
    const openOptions = vi.fn();
    await renderWithBackground(<PopupApp openOptions={openOptions} />, {
      seed: (db) => noteAccountSeen(db, 'sam@northwind.example', new Date()),
    });
    expect(await screen.findByText(/Watching sam@northwind\.example/)).toBeTruthy();
    screen.getByRole('button', { name: 'Settings' }).click();
    expect(openOptions).toHaveBeenCalled();
  });
});
