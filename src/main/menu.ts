// The native menu: the usual roles, so copy/paste, zoom and window shortcuts work as people expect.
// Reload and the developer tools are for `npm run dev` only: in the app a reload would drop unsaved
// form input, and the tools open the page's internals to anyone at the keyboard.
import { Menu, type MenuItemConstructorOptions } from 'electron'

export function menuTemplate(o: { isMac: boolean; appName: string; dev: boolean }): MenuItemConstructorOptions[] {
  const devItems: MenuItemConstructorOptions[] = o.dev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : []
  return [
    ...(o.isMac ? [{ label: o.appName, role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ]
}

export function buildMenu(o: { isMac: boolean; appName: string; dev: boolean }): Menu {
  return Menu.buildFromTemplate(menuTemplate(o))
}
