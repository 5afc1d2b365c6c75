// Small arrow heads for visit lines, drawn on a canvas (no sprite file to fetch), one per
// pair colour. They point east: MapLibre turns them along the line, from its first vertex on.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { ARROW_IMAGE, OTHER_COLOUR, PAIR_COLOURS } from './layer-ids.ts';

const SIZE = 18;

function drawArrow(colour: string): ImageData {
  const ratio = 2;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * ratio;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.beginPath();
  ctx.moveTo(4, 3);
  ctx.lineTo(15, 9);
  ctx.lineTo(4, 15);
  ctx.lineTo(7, 9);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.fill();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Image names: atlas-arrow-LA-VN, … and atlas-arrow-other. */
export function arrowImageName(pair: string): string {
  return `${ARROW_IMAGE}-${pair}`;
}

export function addArrowImages(map: MaplibreMap): () => void {
  const colours: Record<string, string> = { ...PAIR_COLOURS, other: OTHER_COLOUR };
  const names = Object.keys(colours).map(arrowImageName);
  for (const [pair, colour] of Object.entries(colours)) {
    const name = arrowImageName(pair);
    if (!map.hasImage(name)) map.addImage(name, drawArrow(colour), { pixelRatio: 2 });
  }
  return () => {
    for (const n of names) if (map.hasImage(n)) map.removeImage(n);
  };
}
