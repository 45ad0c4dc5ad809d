import {
  Alert,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/** primaryShade 8 keeps text on the primary colour above WCAG AA contrast (axe). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  variantColorResolver: (input) => variantColorResolver(input),
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Coloured titles on tinted backgrounds fall below 4.5:1; the border and tint carry the colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    // A dialog's title bar is a <header>; portalled to <body> it counts as a second banner
    // landmark next to the app's header (axe). As a div it is just the title bar.
    DrawerHeader: { defaultProps: { component: 'div' } },
    ModalHeader: { defaultProps: { component: 'div' } },
    // Mantine's close button is an icon without a name (axe: button-name).
    ModalCloseButton: { defaultProps: { 'aria-label': 'Close' } },
  },
});

/**
 * In the light scheme some of Mantine's text colours are below 4.5:1 on white (axe): the
 * dimmed and placeholder greys (placeholders drawn as text, like the date pickers' "Any
 * time") pass as gray 7, the teal of "Within objective" as teal 9, and the light blue variant's
 * hover background one shade lighter.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-placeholder': current.colors.gray[7],
    '--mantine-color-teal-text': current.colors.teal[9],
    // The light variant (active navigation links, light buttons) one shade lighter: its
    // hovered blue 2 under blue 9 text is 4.0:1, blue 1 is 5:1.
    '--mantine-color-blue-light': current.colors.blue[0],
    '--mantine-color-blue-light-hover': current.colors.blue[1],
  },
  dark: { '--mantine-color-dimmed': current.colors.dark[1] },
});

/**
 * Light and outline variants (badges, light buttons) put a mid shade on a pale tint: below
 * 4.5:1 for most colours (axe, in e2e). In the light scheme use shade 9 darkened by a
 * third, which passes for every colour; the dark scheme keeps Mantine's.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (!parsed.isThemeColor || !parsed.color || !['light', 'outline'].includes(input.variant)) {
    return colors;
  }
  return {
    ...colors,
    color: `light-dark(color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 66%, black), ${colors.color})`,
  };
};
