// Small hand-written Vietnamese articles run through the real extractor, for the workbench's
// unit tests: Kon Tum visits Attapeu and signs with it, Attapeu visits Huế; Quảng Ngãi (the
// former unit) receives Sê Kông. Both former units became the new Quảng Ngãi on 1 July 2025.
import { geocodeDraft, type Draft } from '../../../src/app/workbench/geocode-draft.ts';
import { builtinGazetteer } from '../../../src/core/gazetteer-data.ts';

export const KON_TUM_TEXT =
  'Đoàn tỉnh Kon Tum thăm tỉnh Attapeu\n\nNgày 5/3/2024, Đoàn đại biểu tỉnh Kon Tum do Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Attapeu (Lào). Hai tỉnh đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.\nTrước đó, tỉnh Attapeu đã cử đoàn sang thăm thành phố Huế.\n';

export const QUANG_NGAI_TEXT =
  'Quảng Ngãi đón Đoàn tỉnh Sê Kông\n\nNgày 10/8/2024, tỉnh Quảng Ngãi đón Đoàn đại biểu tỉnh Sê Kông (Lào) do Phó Tỉnh trưởng dẫn đầu sang thăm và làm việc.\n';

export const draftOf = (text: string, file = 'bai.txt'): Draft =>
  geocodeDraft({ file, kind: 'text', content: text }, builtinGazetteer());
