// The text of the page-not-found page (src/templates/404.md.tpl), in both languages.
import type {Lang} from "../index.js";

const en = {
  title: "Page not found",
  lede: 'There is no page at this address. The dashboard\'s pages are listed on the <a href="./">overview</a>; every table is on <a href="./methods.html">Data and methods</a>.',
  /** A line for readers of the other language (the host serves the English 404 page for every missing address). */
  other:
    '<p lang="de" class="hf-muted">Diese Seite gibt es nicht. Die deutsche Fassung beginnt im <a href="./de/" hreflang="de">Überblick</a>.</p>'
};

const de: typeof en = {
  title: "Seite nicht gefunden",
  lede: 'Unter dieser Adresse gibt es keine Seite. Die Seiten des Dashboards sind im <a href="./">Überblick</a> verlinkt; alle Tabellen stehen unter <a href="./methods.html">Daten und Methoden</a>.',
  other:
    '<p lang="en" class="hf-muted">There is no page at this address. The English pages start at the <a href="../" hreflang="en">overview</a>.</p>'
};

/** The page-not-found page's text by language. */
export const notFound: Record<Lang, typeof en> = {en, de};
