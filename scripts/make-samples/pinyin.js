'use strict';
/**
 * One fixed reading per Traditional character, as the scraper's annotator had it. The real artifact
 * is not context-aware (it writes 長(zhǎng) even in 警鐘長鳴), so a single reading per character
 * reproduces it better than a dictionary that picks the reading from the word. Characters missing
 * here are never annotated, like the many converted characters the real annotator skipped.
 */
module.exports = {
  開: 'kāi', 產: 'chǎn', 電: 'diàn', 視: 'shì', 話: 'huà', 會: 'huì', 議: 'yì', 來: 'lái',
  報: 'bào', 發: 'fā', 時: 'shí', 間: 'jiān', 訊: 'xùn', 記: 'jì', 節: 'jié', 書: 'shū',
  長: 'zhǎng', 業: 'yè', 講: 'jiǎng', 務: 'wù', 國: 'guó', 勢: 'shì', 總: 'zǒng', 體: 'tǐ',
  穩: 'wěn', 責: 'zé', 隱: 'yǐn', 徹: 'chè', 問: 'wèn', 題: 'tí', 歲: 'suì', 經: 'jīng',
  營: 'yíng', 動: 'dòng', 員: 'yuán', 頻: 'pín', 氣: 'qì', 災: 'zāi', 風: 'fēng', 險: 'xiǎn',
  顯: 'xiǎn', 級: 'jí', 門: 'mén', 頭: 'tóu', 腦: 'nǎo', 學: 'xué', 點: 'diǎn', 監: 'jiān',
  嚴: 'yán', 實: 'shí', 鎮: 'zhèn', 農: 'nóng', 專: 'zhuān', 項: 'xiàng', 檢: 'jiǎn', 強: 'qiáng',
  載: 'zài', 駕: 'jià', 違: 'wéi', 為: 'wèi', 領: 'lǐng', 導: 'dǎo', 幹: 'gàn', 帶: 'dài',
  確: 'què', 暢: 'chàng', 處: 'chǔ', 調: 'diào', 縣: 'xiàn', 區: 'qū', 黨: 'dǎng', 崗: 'gǎng',
  雙: 'shuāng', 齊: 'qí', 職: 'zhí', 層: 'céng', 壓: 'yā', 範: 'fàn', 個: 'gè', 辦: 'bàn',
  將: 'jiāng', 關: 'guān', 組: 'zǔ', 訪: 'fǎng', 對: 'duì', 肅: 'sù', 應: 'yīng', 態: 'tài',
  單: 'dān', 負: 'fù', 場: 'chǎng', 參: 'cān', 濟: 'jì', 術: 'shù', 權: 'quán', 屬: 'shǔ',
  轉: 'zhuǎn', 據: 'jù', 編: 'biān', 輯: 'jí', 歡: 'huān', 練: 'liàn', 車: 'chē', 設: 'shè',
  當: 'dāng', 緊: 'jǐn', 隊: 'duì', 兩: 'liǎng', 後: 'hòu', 舊: 'jiù', 綜: 'zōng', 橋: 'qiáo',
  況: 'kuàng', 細: 'xì', 樓: 'lóu', 進: 'jìn', 戶: 'hù', 聯: 'lián', 現: 'xiàn', 堅: 'jiān',
  決: 'jué', 飛: 'fēi', 線: 'xiàn', 準: 'zhǔn', 備: 'bèi', 築: 'zhù', 規: 'guī', 審: 'shěn',
  護: 'hù', 臨: 'lín', 終: 'zhōng', 須: 'xū', 預: 'yù', 執: 'zhí', 賬: 'zhàng', 計: 'jì',
  萬: 'wàn', 號: 'hào', 傳: 'chuán', 達: 'dá', 習: 'xí', 階: 'jiē', 內: 'nèi', 訓: 'xùn',
  統: 'tǒng', 籌: 'chóu', 掛: 'guà', 銷: 'xiāo', 響: 'xiǎng', 織: 'zhī', 機: 'jī', 續: 'xù',
  滅: 'miè', 結: 'jié', 環: 'huán', 數: 'shù', 論: 'lùn', 簽: 'qiān', 訂: 'dìng', 認: 'rèn',
  鄉: 'xiāng', 啟: 'qǐ', 請: 'qǐng', 蓋: 'gài', 詳: 'xiáng', 貫: 'guàn', 龍: 'lóng', 們: 'men',
  損: 'sǔn', 壞: 'huài', 餘: 'yú', 頁: 'yè', 燒: 'shāo', 煙: 'yān', 質: 'zhì', 協: 'xié',
};
