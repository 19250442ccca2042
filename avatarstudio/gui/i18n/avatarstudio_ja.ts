<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdjustPanel</name>
    <message>
        <location filename="../panels/adjust.py" line="67"/>
        <source>&amp;Across</source>
        <translation>左右(&amp;A)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="68"/>
        <source>&amp;Up/down</source>
        <translation>上下(&amp;U)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="69"/>
        <source>&amp;Size</source>
        <translation>大きさ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="70"/>
        <source>&amp;Turn</source>
        <translation>回転(&amp;T)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="75"/>
        <source>Reset position</source>
        <translation>位置を戻す</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="98"/>
        <source>Layer: %1</source>
        <translation>レイヤー：%1</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="99"/>
        <source>This layer stays where the artist drew it.</source>
        <translation>このレイヤーは描かれた位置から動かせません。</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="111"/>
        <source>Move %1</source>
        <translation>%1を移動</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="124"/>
        <source>Reset %1</source>
        <translation>%1を元に戻す</translation>
    </message>
</context>
<context>
    <name>ColourPanel</name>
    <message>
        <location filename="../panels/colours.py" line="203"/>
        <source>%1 colour</source>
        <translation>%1の色</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="213"/>
        <source>Link %1</source>
        <translation>%1をリンク</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="219"/>
        <source>Choose a colour</source>
        <translation>色を選ぶ</translation>
    </message>
</context>
<context>
    <name>ColourRow</name>
    <message>
        <location filename="../panels/colours.py" line="141"/>
        <source>Lock %1 when randomising</source>
        <translation>ランダム生成で%1を固定</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="142"/>
        <source>Lock %1</source>
        <translation>%1を固定</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="143"/>
        <source>Choose any colour for %1</source>
        <translation>%1に好きな色を選ぶ</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="144"/>
        <source>%1 colour</source>
        <translation>%1の色</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="147"/>
        <source>same as %1</source>
        <translation>%1と同じ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="190"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="206"/>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="210"/>
        <source>&amp;Open folder</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="215"/>
        <source>Save &amp;into:</source>
        <translation>保存先(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="220"/>
        <source>&amp;Platforms:</source>
        <translation>プラットフォーム(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="222"/>
        <location filename="../export_dialog.py" line="288"/>
        <source>Files that will be written:</source>
        <translation>書き出されるファイル：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="238"/>
        <source>Platforms to export</source>
        <translation>書き出すプラットフォーム</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="239"/>
        <source>Files that will be written</source>
        <translation>書き出されるファイル</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="240"/>
        <source>Export folder</source>
        <translation>書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="241"/>
        <location filename="../export_dialog.py" line="310"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="243"/>
        <source>Full persona &amp;kit (avatar, header, profile card, stickers, emoji, profile text)</source>
        <translation>ペルソナキット一式(&amp;K)（アイコン、ヘッダー、プロフィールカード、スタンプ、絵文字、プロフィール文）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="247"/>
        <source>Persona kits are not available in this build; avatars are exported.</source>
        <translation>このビルドではペルソナキットを使えません。アイコンのみ書き出します。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="298"/>
        <source>Files written:</source>
        <translation>書き出したファイル：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="311"/>
        <source>%1 already holds exported files.</source>
        <translation>%1 にはすでに書き出したファイルがあります。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="312"/>
        <source>Export into a &amp;new folder</source>
        <translation>新しいフォルダーに書き出す(&amp;N)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="313"/>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="321"/>
        <source>Export into</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="340"/>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="358"/>
        <source>Writing %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="361"/>
        <source>Export failed: %1</source>
        <translation>書き出せませんでした：%1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="367"/>
        <source>Done: %1 files written to %2</source>
        <translation>完了：%2 に %1 個のファイルを書き出しました</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="383"/>
        <source>No file manager could be opened. Your files are in: %1</source>
        <translation>ファイルマネージャーを開けませんでした。ファイルの場所：%1</translation>
    </message>
</context>
<context>
    <name>ExpressionStrip</name>
    <message>
        <location filename="../panels/expressions.py" line="51"/>
        <source>Expressions</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../panels/expressions.py" line="119"/>
        <source>Expression: %1</source>
        <translation>表情：%1</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../panels/generate.py" line="83"/>
        <source>Randomise all (unlocked)</source>
        <translation>全部ランダム（固定以外）</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="84"/>
        <source>A new avatar that keeps every locked layer and colour (Ctrl+R)</source>
        <translation>固定したレイヤーと色はそのままで新しいアバターを作ります (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="85"/>
        <source>&amp;Style:</source>
        <translation>スタイル(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="90"/>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="91"/>
        <source>Feminine</source>
        <translation>フェミニン</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="92"/>
        <source>Masculine</source>
        <translation>マスキュリン</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="93"/>
        <source>Androgynous</source>
        <translation>中性的</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="98"/>
        <source>Presentation filter</source>
        <translation>スタイルの絞り込み</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="99"/>
        <source>Vary nearby</source>
        <translation>近いバリエーション</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="100"/>
        <source>Show new neighbours of this avatar (Ctrl+Shift+V)</source>
        <translation>このアバターに近い案を新しく表示します (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="101"/>
        <source>Each neighbour changes one or two unlocked parts. Click one to take it.</source>
        <translation>それぞれ固定していないパーツを1〜2個変えた案です。クリックで採用します。</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="103"/>
        <source>Variation %1</source>
        <translation>バリエーション %1</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="119"/>
        <source>Randomise</source>
        <translation>ランダム生成</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="153"/>
        <source>Changes: %1</source>
        <translation>変更：%1</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="167"/>
        <source>Take variation</source>
        <translation>バリエーションを採用</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../panels/layers.py" line="82"/>
        <source>&amp;Layers</source>
        <translation>レイヤー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="83"/>
        <source>&amp;Parts (drawn on your avatar)</source>
        <translation>パーツ（今のアバターで表示）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="84"/>
        <source>Lock this layer</source>
        <translation>このレイヤーを固定</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="85"/>
        <source>A locked layer keeps its part when you randomise</source>
        <translation>固定したレイヤーはランダム生成でもパーツが変わりません</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="86"/>
        <source>Randomise layer</source>
        <translation>このレイヤーをランダム</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="87"/>
        <source>Pick another part for this layer (Ctrl+Shift+R)</source>
        <translation>このレイヤーの別のパーツを選びます (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="88"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="89"/>
        <source>Parts of the selected layer</source>
        <translation>選んだレイヤーのパーツ</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="96"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="126"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="216"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="217"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="228"/>
        <source>Randomise %1</source>
        <translation>%1をランダム</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="380" />
        <source>The design does not match the art pack</source>
        <translation>デザインがアートパックと一致しません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="381" />
        <source>%1 does not match the loaded art pack:</source>
        <translation>%1 は読み込まれているアートパックと一致しません:</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="420" />
        <source>Saved beside a damaged file</source>
        <translation>破損したファイルの横に保存しました</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="421" />
        <source>%1 is not a design this version can read, so it was kept. Saved as %2.</source>
        <translation>%1 はこのバージョンで読めるデザインではないため、そのまま残しました。%2 として保存しました。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="135"/>
        <source>Preview %1 ms</source>
        <translation>プレビュー %1 ms</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="310"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="311"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="239"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="240"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="241"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="242"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="243"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="244"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="245"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="246"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="248"/>
        <source>&amp;New Avatar</source>
        <translation>新しいアバター(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="249"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="250"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="251"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="252"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="253"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="254"/>
        <source>&amp;Randomise All</source>
        <translation>全部ランダム(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="255"/>
        <source>Randomise &amp;Layer</source>
        <translation>レイヤーをランダム(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="256"/>
        <source>&amp;Vary Nearby</source>
        <translation>近いバリエーション(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="257"/>
        <source>Lock &amp;Selected Layer</source>
        <translation>選んだレイヤーを固定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="258"/>
        <source>&amp;About avatarstudio</source>
        <translation>avatarstudio について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="262"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="266"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="267"/>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="268"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="269"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="270"/>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="271"/>
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="272"/>
        <location filename="../mainwindow.py" line="283"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="273"/>
        <source>Expressions</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="282"/>
        <source>&lt;start&gt;</source>
        <translation>&lt;最初&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="301"/>
        <location filename="../mainwindow.py" line="350"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="310"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="311"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す：%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="348"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="349"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>閉じる前に %1 の変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="385"/>
        <source>Open design</source>
        <translation>デザインを開く</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="395"/>
        <location filename="../mainwindow.py" line="399"/>
        <source>Cannot open the design</source>
        <translation>デザインを開けません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="400"/>
        <source>%1 was made with the art pack “%2”, which is not loaded.</source>
        <translation>%1 は読み込まれていない素材パック「%2」で作られています。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="419"/>
        <source>Save design</source>
        <translation>デザインを保存</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="430"/>
        <location filename="../mainwindow.py" line="433"/>
        <source>Cannot save the design</source>
        <translation>デザインを保存できません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="439"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="460"/>
        <source>(no recent files)</source>
        <translation>（最近使ったファイルはありません）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="475"/>
        <source>About avatarstudio</source>
        <translation>avatarstudio について</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="477"/>
        <source>avatarstudio composes anime-style persona avatars from layered SVG parts, offline.
Art pack: %1 %2 (%3)</source>
        <translation>avatarstudio は SVG パーツを重ねてアニメ風のペルソナ用アバターを作るオフラインのアプリです。
素材パック：%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="497"/>
        <source>Autosave failed: %1</source>
        <translation>自動保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="507"/>
        <source>Restore unsaved work?</source>
        <translation>保存していない作業を復元しますか？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="508"/>
        <source>avatarstudio did not close properly last time. Restore the unsaved avatar%1?</source>
        <translation>前回 avatarstudio が正しく終了しませんでした。保存していないアバター%1を復元しますか？</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../panels/persona.py" line="60"/>
        <source>Display &amp;name</source>
        <translation>表示名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="60"/>
        <source>&amp;Handle</source>
        <translation>ハンドル(&amp;H)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="60"/>
        <source>&amp;Bio</source>
        <translation>自己紹介(&amp;B)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="60"/>
        <source>&amp;Theme colour</source>
        <translation>テーマカラー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="66"/>
        <source>How others see you</source>
        <translation>ほかの人に表示される名前</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="67"/>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="69"/>
        <source>Stored in the design file only. Exported images carry pixels and nothing else.</source>
        <translation>デザインファイルにだけ保存されます。書き出した画像には画素以外の情報は入りません。</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="94"/>
        <source>Edit persona</source>
        <translation>ペルソナを編集</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="100"/>
        <source>Theme colour</source>
        <translation>テーマカラー</translation>
    </message>
</context>
<context>
    <name>PlatformPanel</name>
    <message>
        <location filename="../panels/platform.py" line="86"/>
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="87"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="118"/>
        <source>%1 px on %2</source>
        <translation>%2背景で %1 px</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="120"/>
        <source>dark</source>
        <translation>暗い</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="120"/>
        <source>light</source>
        <translation>明るい</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="125"/>
        <source>a circle</source>
        <translation>円形</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="126"/>
        <source>a rounded square</source>
        <translation>角丸の四角</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="127"/>
        <source>a square</source>
        <translation>四角</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="130"/>
        <source>%1 shows your avatar as %2. Saved at %3 x %4 px.</source>
        <translation>%1 ではアバターが%2で表示されます。保存サイズは %3 x %4 px です。</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="155"/>
        <source>Warning: part of the face falls outside the safe circle; the platform may cut it off.</source>
        <translation>注意：顔の一部が安全な円からはみ出しています。プラットフォームで切れてしまうかもしれません。</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../preview.py" line="140" />
        <source>This part could not be drawn:</source>
        <translation>このパーツは描画できませんでした:</translation>
    </message>
    <message>
        <location filename="../preview.py" line="30"/>
        <source>Avatar preview</source>
        <translation>アバターのプレビュー</translation>
    </message>
</context>
</TS>
