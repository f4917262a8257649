// Every tunable of the viewer, in one place, each with why it has its value.

export const VIEWER_SETTINGS = {
  /** Kinds hidden when the page opens: 2,000 article nodes and their 37,000 MENTIONS edges bury the entities. */
  hiddenKindsAtStart: ["Article"],
  /** The whole graph opens showing the most mentioned nodes, about this many (a threshold on mentions the reader can move): BBC news's 19,700 entities and events are a disc of dots, its 2,600 mentioned five times or more a map. */
  overviewNodes: 3_000,
  /** Relations below this confidence are hidden until the reader asks for them (on BBC news, 4,600 of 54,000 edges). */
  lowConfidence: 0.5,
  /**
   * Above this many nodes and edges on show, nodes are drawn as GL points and edges as 1-pixel
   * lines, without arrowheads: in software WebGL this is 8 times faster than discs and arrows
   * (BBC news: 140 ms a frame against 1,150), and at that density arrowheads are specks.
   * Neighbourhood views, a few hundred items, always get discs and arrows.
   */
  fastDrawingAbove: 3_000,
  /** Node radius in pixels, smallest and largest; sizes spread over the mentions actually present (log scale). */
  minNodeSize: 3,
  maxNodeSize: 16,
  /** An event weighs this much of an entity mentioned as often, when labels compete: entities are what a reader looks for first. */
  eventLabelWeight: 0.3,
  /** Labels on the whole graph: at most this many, the most mentioned first, none overlapping. */
  overviewLabels: 40,
  /** Labels in a node's neighbourhood: enough to read it, few enough to leave room between them. */
  egoLabels: 30,
  /** Labels on the graph are cut to this many characters (the panel and the hover show all of it). */
  maxLabelChars: 40,
  /** Free pixels kept around each label box. */
  labelMargin: 3,
  labelFontSize: 12,
  labelWeight: "500",
  labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  /** Labels are re-chosen this long after the camera stops, not on every frame of a zoom... */
  labelDelayMs: 120,
  /** ...and this often while the live layout moves the nodes. */
  layoutLabelsMs: 300,
  /** The most nodes an ego view shows (the most connected first); a hub's 1,000 neighbours would be a disc of dots. */
  egoMaxNodes: 150,
  /** Hops shown around a selected node at first; the reader can switch to 2. */
  egoHops: 1 as 1 | 2,
  /** Neighbours are drawn smaller than on the whole graph, so the discs of a ring stay apart. */
  egoSizeFactor: 0.6,
  /** ...but none so small that it cannot be pointed at. */
  egoMinNodeSize: 3,
  /** The node the view is about stands out, even a rarely mentioned event. */
  egoFocusMinSize: 9,
  /** One ring of an ego view, as a share of the whole graph's extent (the camera then fits the picture, whatever its size). */
  egoRingShare: 0.01,
  /** Pixels kept free left and right of an ego picture for the labels of its outer nodes. */
  egoLabelRoom: 90,
  /** An ego view of a few nodes is not blown up past this many pixels between rings. */
  egoMaxRingPixels: 90,
  /** Share of the viewport the ego picture fills. */
  egoFill: 0.85,
  /** Dimming on hover redraws all that is shown: at once on small views, after the pointer rests above this many nodes and edges. */
  hoverDelayFromItems: 20_000,
  /** A graph with more edges than this hides them while the camera moves. */
  hideEdgesOnMoveAbove: 20_000,
  hoverDelayMs: 200,
  /** Search suggestions shown. */
  maxSuggestions: 10,
  /** Search ranking: an entity above an event or article that matches as well. */
  kindSearchBoost: { Person: 1.6, Organization: 1.5, Place: 1.5, Group: 1.4, Event: 0.7, Article: 0.5 } as Record<string, number>,
  /** Panel: events per type shown before "show all", and relations per type. */
  timelineItemsPerType: 8,
  relationsPerType: 60,
  mentionsShown: 20,
  /** Camera moves. */
  cameraMs: 400,
} as const;
