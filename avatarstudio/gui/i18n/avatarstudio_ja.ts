<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdjustPanel</name>
    <message>
        <location filename="../panels/adjust.py" line="38"/>
        <source>Head tilt</source>
        <translation>頭の傾き</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="102"/>
        <source>&amp;Across</source>
        <translation>左右(&amp;A)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="103"/>
        <source>&amp;Up/down</source>
        <translation>上下(&amp;U)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="104"/>
        <source>&amp;Size</source>
        <translation>大きさ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="105"/>
        <source>&amp;Turn</source>
        <translation>回転(&amp;T)</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="112"/>
        <source>Head</source>
        <translation>頭</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="113"/>
        <source>&amp;Part:</source>
        <translation>パーツ(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="114"/>
        <source>Part to move</source>
        <translation>動かすパーツ</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="120"/>
        <source>Reset position</source>
        <translation>位置を戻す</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="156"/>
        <source>Layer: %1</source>
        <translation>レイヤー：%1</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="157"/>
        <source>This layer stays where the artist drew it.</source>
        <translation>このレイヤーは描かれた位置から動かせません。</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="185"/>
        <source>Move %1</source>
        <translation>%1を移動</translation>
    </message>
    <message>
        <location filename="../panels/adjust.py" line="110"/>
        <location filename="../panels/adjust.py" line="111"/>
        <location filename="../panels/adjust.py" line="172"/>
        <location filename="../panels/adjust.py" line="198"/>
        <source>Reset %1</source>
        <translation>%1を元に戻す</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../canvas.py" line="112"/>
        <source>New avatar</source>
        <translation>新しいアバター</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="113"/>
        <source>Roll a new avatar; locked parts and colours stay (Ctrl+R)</source>
        <translation>新しいアバターをランダムに作ります。固定したパーツと色はそのままです（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="114"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="115"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直す（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="116"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="117"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="120"/>
        <source>Pick a category on the left, then click a part to put it on. The dice rolls a new avatar; Ctrl+Z takes any step back. Export (Ctrl+E) makes the files for each platform.</source>
        <translation>左のカテゴリーを選んで、パーツをクリックすると着せ替えられます。サイコロで新しいアバター、Ctrl+Zでいつでも一つ前に戻れます。書き出し（Ctrl+E）で各プラットフォーム用のファイルを作ります。</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="124"/>
        <source>Got it</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="125"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="126"/>
        <source>Make the files for your platforms (Ctrl+E)</source>
        <translation>各プラットフォーム用のファイルを作ります（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>ColourPanel</name>
    <message>
        <location filename="../panels/colours.py" line="225"/>
        <source>%1 colour</source>
        <translation>%1の色</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="235"/>
        <source>Link %1</source>
        <translation>%1をリンク</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="241"/>
        <source>Choose a colour</source>
        <translation>色を選ぶ</translation>
    </message>
</context>
<context>
    <name>ColourRow</name>
    <message>
        <location filename="../panels/colours.py" line="153"/>
        <source>Lock %1 when randomising</source>
        <translation>ランダム生成で%1を固定</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="154"/>
        <source>Lock %1</source>
        <translation>%1を固定</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="155"/>
        <source>Choose any colour for %1</source>
        <translation>%1に好きな色を選ぶ</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="156"/>
        <source>%1 colour</source>
        <translation>%1の色</translation>
    </message>
    <message>
        <location filename="../panels/colours.py" line="159"/>
        <source>same as %1</source>
        <translation>%1と同じ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="206"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="222"/>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="226"/>
        <source>&amp;Open folder</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="230"/>
        <source>&amp;Cancel export</source>
        <translation>書き出しを中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="237"/>
        <source>Save &amp;into:</source>
        <translation>保存先(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="242"/>
        <source>&amp;Platforms:</source>
        <translation>プラットフォーム(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="244"/>
        <location filename="../export_dialog.py" line="323"/>
        <source>Files that will be written:</source>
        <translation>書き出されるファイル：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="260"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="261"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="272"/>
        <source>Platforms to export</source>
        <translation>書き出すプラットフォーム</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="273"/>
        <source>Files that will be written</source>
        <translation>書き出されるファイル</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="274"/>
        <source>Export folder</source>
        <translation>書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="275"/>
        <location filename="../export_dialog.py" line="355"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="277"/>
        <source>Full persona &amp;kit (avatar, header, profile card, stickers, emoji, profile text)</source>
        <translation>ペルソナキット一式(&amp;K)（アイコン、ヘッダー、プロフィールカード、スタンプ、絵文字、プロフィール文）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="281"/>
        <source>Persona kits are not available in this build; avatars are exported.</source>
        <translation>このビルドではペルソナキットを使えません。アイコンのみ書き出します。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="343"/>
        <source>Files written:</source>
        <translation>書き出したファイル：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="356"/>
        <source>%1 already holds exported files.</source>
        <translation>%1 にはすでに書き出したファイルがあります。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="357"/>
        <source>Export into a &amp;new folder</source>
        <translation>新しいフォルダーに書き出す(&amp;N)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="358"/>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="366"/>
        <source>Export into</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="385"/>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="408"/>
        <source>Cancelling… (the picture being drawn is finished first)</source>
        <translation>中止しています…（描いている画像を仕上げてから止まります）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="414"/>
        <source>Writing %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="417"/>
        <source>Export failed: %1</source>
        <translation>書き出せませんでした：%1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="423"/>
        <source>Done: %1 files written to %2</source>
        <translation>完了：%2 に %1 個のファイルを書き出しました</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="431"/>
        <source>Export cancelled.</source>
        <translation>書き出しを中止しました。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="445"/>
        <source>No file manager could be opened. Your files are in: %1</source>
        <translation>ファイルマネージャーを開けませんでした。ファイルの場所：%1</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../export_preview.py" line="200"/>
        <source>&amp;Preview for:</source>
        <translation>プレビュー(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="201"/>
        <source>Platform to preview</source>
        <translation>プレビューするプラットフォーム</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="220"/>
        <source>Drawing the previews…</source>
        <translation>プレビューを描いています…</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="232"/>
        <source>Profile card</source>
        <translation>プロフィールカード</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="233"/>
        <source>Header with its safe zone (dashed) and covered areas (shaded)</source>
        <translation>ヘッダー（点線は安全な範囲、影は隠れる部分）</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="234"/>
        <source>Stickers at chat size, light and dark chat</source>
        <translation>トークで見える大きさのスタンプ（ライトとダーク）</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="235"/>
        <source>Animated stickers at chat size, light and dark chat (click to replay)</source>
        <translation>トークで見える大きさのアニメーションスタンプ（ライトとダーク、クリックでもう一度再生）</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="236"/>
        <source>Emoji in text (20 px) and alone (32 px), light and dark</source>
        <translation>文中の絵文字（20 px）と単独の絵文字（32 px）、ライトとダーク</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="238"/>
        <source>Animated emoji in text (20 px) and alone (32 px), light and dark (click to replay)</source>
        <translation>アニメーション絵文字：文中（20 px）と単独（32 px）、ライトとダーク（クリックでもう一度再生）</translation>
    </message>
    <message>
        <location filename="../export_preview.py" line="281"/>
        <source>Preview failed: %1</source>
        <translation>プレビューを作れませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ExpressionStrip</name>
    <message>
        <location filename="../panels/expressions.py" line="52"/>
        <source>Expressions</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../panels/expressions.py" line="122"/>
        <source>Expression: %1</source>
        <translation>表情：%1</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../panels/generate.py" line="81"/>
        <source>Randomise all (unlocked)</source>
        <translation>全部ランダム（固定以外）</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="82"/>
        <source>A new avatar that keeps every locked layer and colour (Ctrl+R)</source>
        <translation>固定したレイヤーと色はそのままで新しいアバターを作ります (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="83"/>
        <source>&amp;Style:</source>
        <translation>スタイル(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="88"/>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="89"/>
        <source>Feminine</source>
        <translation>フェミニン</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="90"/>
        <source>Masculine</source>
        <translation>マスキュリン</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="91"/>
        <source>Androgynous</source>
        <translation>中性的</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="96"/>
        <source>Presentation filter</source>
        <translation>スタイルの絞り込み</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="97"/>
        <source>Vary nearby</source>
        <translation>近いバリエーション</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="98"/>
        <source>Show new neighbours of this avatar (Ctrl+Shift+V)</source>
        <translation>このアバターに近い案を新しく表示します (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="99"/>
        <source>Each neighbour changes one or two unlocked parts. Click one to take it.</source>
        <translation>それぞれ固定していないパーツを1〜2個変えた案です。クリックで採用します。</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="101"/>
        <source>Variation %1</source>
        <translation>バリエーション %1</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="117"/>
        <source>Randomise</source>
        <translation>ランダム生成</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="151"/>
        <source>Changes: %1</source>
        <translation>変更：%1</translation>
    </message>
    <message>
        <location filename="../panels/generate.py" line="165"/>
        <source>Take variation</source>
        <translation>バリエーションを採用</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../panels/layers.py" line="152"/>
        <source>&amp;Layers</source>
        <translation>レイヤー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="157"/>
        <source>A locked layer keeps its part when you randomise</source>
        <translation>固定したレイヤーはランダム生成でもパーツが変わりません</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="153"/>
        <source>&amp;Parts</source>
        <translation>パーツ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="154"/>
        <source>Every part, drawn on your avatar</source>
        <translation>すべてのパーツを今のアバターで表示しています</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="155"/>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="156"/>
        <source>Lock</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="158"/>
        <source>Shuffle</source>
        <translation>おまかせ</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="159"/>
        <source>Pick another part for this layer (Ctrl+Shift+R)</source>
        <translation>このレイヤーの別のパーツを選びます (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="160"/>
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="161"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="162"/>
        <source>Parts of the selected layer</source>
        <translation>選んだレイヤーのパーツ</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="176"/>
        <source>Face</source>
        <translation>顔</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="177"/>
        <source>Eyes</source>
        <translation>目</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="178"/>
        <source>Brows</source>
        <translation>眉</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="179"/>
        <source>Mouth</source>
        <translation>口</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="180"/>
        <source>Hair</source>
        <translation>髪</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="181"/>
        <source>Outfit</source>
        <translation>服</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="185"/>
        <source>Pose</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="190"/>
        <source>Accessories: hats, glasses, ornaments, effects</source>
        <translation>小物：帽子、メガネ、髪飾り、エフェクト</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="183"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="182"/>
        <source>Accessories</source>
        <translation>小物</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="184"/>
        <source>Expression</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="191"/>
        <source>Expression: the face your avatar makes</source>
        <translation>表情：アバターの顔つき</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="192"/>
        <source>Pose: position, size and tilt of the selected part</source>
        <translation>ポーズ：選んだパーツの位置・大きさ・傾き</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="316"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="296"/>
        <location filename="../panels/layers.py" line="366"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="468"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="469"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../panels/layers.py" line="480"/>
        <source>Randomise %1</source>
        <translation>%1をランダム</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="540"/>
        <source>The design does not match the art pack</source>
        <translation>デザインがアートパックと一致しません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="541"/>
        <source>%1 does not match the loaded art pack:</source>
        <translation>%1 は読み込まれているアートパックと一致しません:</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="575"/>
        <source>Saved beside a damaged file</source>
        <translation>破損したファイルの横に保存しました</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="576"/>
        <source>%1 is not a design this version can read, so it was kept. Saved as %2.</source>
        <translation>%1 はこのバージョンで読めるデザインではないため、そのまま残しました。%2 として保存しました。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="175"/>
        <source>Preview %1 ms</source>
        <translation>プレビュー %1 ms</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="342"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="344"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="345"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="349"/>
        <source>Make</source>
        <translation>つくる</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="394"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="395"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="318"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="319"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="320"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="321"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="322"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="323"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="324"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="325"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="327"/>
        <source>&amp;New Avatar</source>
        <translation>新しいアバター(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="328"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="329"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="330"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="331"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="332"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="333"/>
        <source>&amp;Randomise All</source>
        <translation>全部ランダム(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="334"/>
        <source>Randomise &amp;Layer</source>
        <translation>レイヤーをランダム(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="335"/>
        <source>&amp;Vary Nearby</source>
        <translation>近いバリエーション(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="336"/>
        <source>Lock &amp;Selected Layer</source>
        <translation>選んだレイヤーを固定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="337"/>
        <source>&amp;About avatarstudio</source>
        <translation>avatarstudio について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="341"/>
        <location filename="../mainwindow.py" line="343"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="350"/>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="351"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="352"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="353"/>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="354"/>
        <source>Platforms</source>
        <translation>SNS</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="355"/>
        <location filename="../mainwindow.py" line="366"/>
        <location filename="../mainwindow.py" line="367"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="356"/>
        <source>Expressions</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="365"/>
        <source>&lt;start&gt;</source>
        <translation>&lt;最初&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="385"/>
        <location filename="../mainwindow.py" line="471"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="394"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="395"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す：%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="469"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="470"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>閉じる前に %1 の変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="507"/>
        <source>Open design</source>
        <translation>デザインを開く</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="517"/>
        <location filename="../mainwindow.py" line="521"/>
        <source>Cannot open the design</source>
        <translation>デザインを開けません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="522"/>
        <source>%1 was made with the art pack “%2”, which is not loaded.</source>
        <translation>%1 は読み込まれていない素材パック「%2」で作られています。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="557"/>
        <source>Save design</source>
        <translation>デザインを保存</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="568"/>
        <location filename="../mainwindow.py" line="571"/>
        <source>Cannot save the design</source>
        <translation>デザインを保存できません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="585"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="606"/>
        <source>(no recent files)</source>
        <translation>（最近使ったファイルはありません）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="621"/>
        <source>About avatarstudio</source>
        <translation>avatarstudio について</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="623"/>
        <source>avatarstudio composes anime-style persona avatars from layered SVG parts, offline.
Art pack: %1 %2 (%3)</source>
        <translation>avatarstudio は SVG パーツを重ねてアニメ風のペルソナ用アバターを作るオフラインのアプリです。
素材パック：%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="643"/>
        <source>Autosave failed: %1</source>
        <translation>自動保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="653"/>
        <source>Restore unsaved work?</source>
        <translation>保存していない作業を復元しますか？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="654"/>
        <source>avatarstudio did not close properly last time. Restore the unsaved avatar%1?</source>
        <translation>前回 avatarstudio が正しく終了しませんでした。保存していないアバター%1を復元しますか？</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../panels/persona.py" line="61"/>
        <source>Display &amp;name</source>
        <translation>表示名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="61"/>
        <source>&amp;Handle</source>
        <translation>ハンドル(&amp;H)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="61"/>
        <source>&amp;Bio</source>
        <translation>自己紹介(&amp;B)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="61"/>
        <source>&amp;Theme colour</source>
        <translation>テーマカラー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="67"/>
        <source>How others see you</source>
        <translation>ほかの人に表示される名前</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="68"/>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="70"/>
        <source>Stored in the design file only. Exported images carry pixels and nothing else.</source>
        <translation>デザインファイルにだけ保存されます。書き出した画像には画素以外の情報は入りません。</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="97"/>
        <source>Edit persona</source>
        <translation>ペルソナを編集</translation>
    </message>
    <message>
        <location filename="../panels/persona.py" line="103"/>
        <source>Theme colour</source>
        <translation>テーマカラー</translation>
    </message>
</context>
<context>
    <name>PersonaSwitcher</name>
    <message>
        <location filename="../personas.py" line="247"/>
        <source>Generated %1: %2</source>
        <translation>自動生成 %1: %2</translation>
    </message>
    <message>
        <location filename="../personas.py" line="81"/>
        <source>&amp;Personas</source>
        <translation>ペルソナ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../personas.py" line="82"/>
        <source>&amp;Save to Library</source>
        <translation>ライブラリに保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../personas.py" line="83"/>
        <source>&amp;New Far From Others</source>
        <translation>ほかと似ない新しいペルソナ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../personas.py" line="84"/>
        <source>&amp;Import Design Code…</source>
        <translation>デザインコードを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../personas.py" line="85"/>
        <source>&amp;Copy Design Code</source>
        <translation>デザインコードをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../personas.py" line="86"/>
        <source>Check &amp;Links…</source>
        <translation>つながりを確認(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../personas.py" line="87"/>
        <location filename="../personas.py" line="181"/>
        <source>Personas</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <location filename="../personas.py" line="88"/>
        <source>Persona:</source>
        <translation>ペルソナ:</translation>
    </message>
    <message>
        <location filename="../personas.py" line="89"/>
        <location filename="../personas.py" line="120"/>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <location filename="../personas.py" line="98"/>
        <source>(not in the library)</source>
        <translation>(ライブラリにありません)</translation>
    </message>
    <message>
        <location filename="../personas.py" line="105"/>
        <source>Damaged entries (kept as they are):</source>
        <translation>壊れた項目(そのまま残しています):</translation>
    </message>
    <message>
        <location filename="../personas.py" line="168"/>
        <source>Could be tied to %1:</source>
        <translation>%1 と結びつけられるおそれがあります:</translation>
    </message>
    <message>
        <location filename="../personas.py" line="171"/>
        <source>Personas too close</source>
        <translation>ペルソナが似すぎています</translation>
    </message>
    <message>
        <location filename="../personas.py" line="181"/>
        <source>No other persona could be tied to this one.</source>
        <translation>このペルソナと結びつけられるペルソナはありません。</translation>
    </message>
    <message>
        <location filename="../personas.py" line="210"/>
        <source>Design code copied (persona text left out)</source>
        <translation>デザインコードをコピーしました(ペルソナの文章は含みません)</translation>
    </message>
    <message>
        <location filename="../personas.py" line="215"/>
        <location filename="../personas.py" line="227"/>
        <location filename="../personas.py" line="230"/>
        <source>Import Design Code</source>
        <translation>デザインコードを読み込む</translation>
    </message>
    <message>
        <location filename="../personas.py" line="215"/>
        <source>Paste a design code (AS1-…):</source>
        <translation>デザインコード(AS1-…)を貼り付けてください:</translation>
    </message>
    <message>
        <location filename="../personas.py" line="231"/>
        <source>Import design code</source>
        <translation>デザインコードの読み込み</translation>
    </message>
</context>
<context>
    <name>PlatformPanel</name>
    <message>
        <location filename="../panels/platform.py" line="107"/>
        <source>&amp;Frame on the canvas</source>
        <translation>切り抜きを調整(&amp;F)</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="109"/>
        <source>Show this platform&apos;s crop on the canvas: scroll to zoom, drag to move</source>
        <translation>このプラットフォームの切り抜きをキャンバスに表示します。スクロールで拡大・縮小、ドラッグで移動</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="111"/>
        <source>Reset</source>
        <translation>戻す</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="112"/>
        <source>Back to the platform&apos;s own crop</source>
        <translation>プラットフォームの標準の切り抜きに戻す</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="114"/>
        <source>Scroll on the avatar to zoom, drag to move it. Saved in the design for this platform.</source>
        <translation>アバターの上でスクロールすると拡大・縮小、ドラッグで移動します。このプラットフォーム用としてデザインに保存されます。</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="116"/>
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="117"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="148"/>
        <source>%1 px on %2</source>
        <translation>%2背景で %1 px</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="150"/>
        <source>dark</source>
        <translation>暗い</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="150"/>
        <source>light</source>
        <translation>明るい</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="155"/>
        <source>a circle</source>
        <translation>円形</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="156"/>
        <source>a rounded square</source>
        <translation>角丸の四角</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="157"/>
        <source>a square</source>
        <translation>四角</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="160"/>
        <source>%1 shows your avatar as %2. Saved at %3 x %4 px.</source>
        <translation>%1 ではアバターが%2で表示されます。保存サイズは %3 x %4 px です。</translation>
    </message>
    <message>
        <location filename="../panels/platform.py" line="185"/>
        <source>Warning: part of the face falls outside the safe circle; the platform may cut it off.</source>
        <translation>注意：顔の一部が安全な円からはみ出しています。プラットフォームで切れてしまうかもしれません。</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../preview.py" line="348"/>
        <source>This part could not be drawn:</source>
        <translation>このパーツは描画できませんでした:</translation>
    </message>
    <message>
        <location filename="../preview.py" line="62"/>
        <source>Avatar preview</source>
        <translation>アバターのプレビュー</translation>
    </message>
    <message>
        <location filename="../preview.py" line="91"/>
        <source>Framing for %1</source>
        <translation>%1の切り抜き</translation>
    </message>
</context>
<context>
    <name>ShapeSliders</name>
    <message>
        <location filename="../panels/shape.py" line="90"/>
        <location filename="../panels/shape.py" line="140"/>
        <source>Reset %1</source>
        <translation>%1を元に戻す</translation>
    </message>
    <message>
        <location filename="../panels/shape.py" line="122"/>
        <source>Nothing this slider moves is drawn</source>
        <translation>このスライダーで動かすパーツがありません</translation>
    </message>
    <message>
        <location filename="../panels/shape.py" line="131"/>
        <source>Change %1</source>
        <translation>%1を変更</translation>
    </message>
</context>
</TS>
