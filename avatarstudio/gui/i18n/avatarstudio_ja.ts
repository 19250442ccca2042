<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdjustPanel</name>
    <message>
        <location filename="../panels.py" line="470" />
        <source>&amp;Across</source>
        <translation>左右(&amp;A)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="470" />
        <source>&amp;Up/down</source>
        <translation>上下(&amp;U)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="470" />
        <source>&amp;Size</source>
        <translation>大きさ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="470" />
        <source>&amp;Turn</source>
        <translation>回転(&amp;T)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="474" />
        <source>Reset position</source>
        <translation>位置を戻す</translation>
    </message>
    <message>
        <location filename="../panels.py" line="497" />
        <source>Layer: %1</source>
        <translation>レイヤー：%1</translation>
    </message>
    <message>
        <location filename="../panels.py" line="498" />
        <source>This layer stays where the artist drew it.</source>
        <translation>このレイヤーは描かれた位置から動かせません。</translation>
    </message>
    <message>
        <location filename="../panels.py" line="509" />
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message>
        <location filename="../panels.py" line="519" />
        <source>Reset %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
</context>
<context>
    <name>ColourPanel</name>
    <message>
        <location filename="../panels.py" line="389" />
        <source>%1 colour</source>
        <translation>%1 の色</translation>
    </message>
    <message>
        <location filename="../panels.py" line="396" />
        <source>Link %1</source>
        <translation>%1 をリンク</translation>
    </message>
    <message>
        <location filename="../panels.py" line="402" />
        <source>Choose a colour</source>
        <translation>色を選ぶ</translation>
    </message>
</context>
<context>
    <name>ColourRow</name>
    <message>
        <location filename="../panels.py" line="332" />
        <source>Lock %1 when randomising</source>
        <translation>ランダム生成で %1 を固定</translation>
    </message>
    <message>
        <location filename="../panels.py" line="333" />
        <source>Lock %1</source>
        <translation>%1 を固定</translation>
    </message>
    <message>
        <location filename="../panels.py" line="334" />
        <source>Choose any colour for %1</source>
        <translation>%1 に好きな色を選ぶ</translation>
    </message>
    <message>
        <location filename="../panels.py" line="335" />
        <source>%1 colour</source>
        <translation>%1 の色</translation>
    </message>
    <message>
        <location filename="../panels.py" line="338" />
        <source>same as %1</source>
        <translation>%1 と同じ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="127" />
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="140" />
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="142" />
        <source>&amp;Open folder</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146" />
        <source>Save &amp;into:</source>
        <translation>保存先(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="151" />
        <source>&amp;Platforms:</source>
        <translation>プラットフォーム(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="153" />
        <source>Files that will be written:</source>
        <translation>書き出されるファイル：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="169" />
        <source>Platforms to export</source>
        <translation>書き出すプラットフォーム</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="170" />
        <source>Files that will be written</source>
        <translation>書き出されるファイル</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="171" />
        <source>Export folder</source>
        <translation>書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="172" />
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="173" />
        <source>Full persona &amp;kit (avatar, header, profile card, stickers, emoji, profile text)</source>
        <translation>ペルソナキット一式(&amp;K)（アイコン、ヘッダー、プロフィールカード、スタンプ、絵文字、プロフィール文）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="175" />
        <source>Persona kits are not available in this build; avatars are exported.</source>
        <translation>このビルドではペルソナキットを使えません。アイコンのみ書き出します。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="206" />
        <source>Export into</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218" />
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="234" />
        <source>Writing %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="237" />
        <source>Export failed: %1</source>
        <translation>書き出せませんでした：%1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="242" />
        <source>Done: %1 files written to %2</source>
        <translation>完了：%2 に %1 個のファイルを書き出しました</translation>
    </message>
</context>
<context>
    <name>ExpressionStrip</name>
    <message>
        <location filename="../panels.py" line="766" />
        <source>Expressions</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../panels.py" line="823" />
        <source>Expression: %1</source>
        <translation>表情：%1</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../panels.py" line="579" />
        <source>Randomise all (unlocked)</source>
        <translation>全部ランダム（固定以外）</translation>
    </message>
    <message>
        <location filename="../panels.py" line="580" />
        <source>A new avatar that keeps every locked layer and colour (Ctrl+R)</source>
        <translation>固定したレイヤーと色はそのままで新しいアバターを作ります (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="581" />
        <source>&amp;Style:</source>
        <translation>スタイル(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../panels.py" line="585" />
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../panels.py" line="585" />
        <source>Feminine</source>
        <translation>フェミニン</translation>
    </message>
    <message>
        <location filename="../panels.py" line="586" />
        <source>Masculine</source>
        <translation>マスキュリン</translation>
    </message>
    <message>
        <location filename="../panels.py" line="586" />
        <source>Androgynous</source>
        <translation>中性的</translation>
    </message>
    <message>
        <location filename="../panels.py" line="590" />
        <source>Presentation filter</source>
        <translation>スタイルの絞り込み</translation>
    </message>
    <message>
        <location filename="../panels.py" line="591" />
        <source>Vary nearby</source>
        <translation>近いバリエーション</translation>
    </message>
    <message>
        <location filename="../panels.py" line="592" />
        <source>Show new neighbours of this avatar (Ctrl+Shift+V)</source>
        <translation>このアバターに近い案を新しく表示します (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="593" />
        <source>Each neighbour changes one or two unlocked parts. Click one to take it.</source>
        <translation>それぞれ固定していないパーツを1〜2個変えた案です。クリックで採用します。</translation>
    </message>
    <message>
        <location filename="../panels.py" line="595" />
        <source>Variation %1</source>
        <translation>バリエーション %1</translation>
    </message>
    <message>
        <location filename="../panels.py" line="603" />
        <source>Randomise</source>
        <translation>ランダム生成</translation>
    </message>
    <message>
        <location filename="../panels.py" line="634" />
        <source>Changes: %1</source>
        <translation>変更：%1</translation>
    </message>
    <message>
        <location filename="../panels.py" line="648" />
        <source>Take variation</source>
        <translation>バリエーションを採用</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../panels.py" line="151" />
        <source>&amp;Layers</source>
        <translation>レイヤー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="152" />
        <source>&amp;Parts (drawn on your avatar)</source>
        <translation>パーツ（今のアバターで表示）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="153" />
        <source>Lock this layer</source>
        <translation>このレイヤーを固定</translation>
    </message>
    <message>
        <location filename="../panels.py" line="154" />
        <source>A locked layer keeps its part when you randomise</source>
        <translation>固定したレイヤーはランダム生成でもパーツが変わりません</translation>
    </message>
    <message>
        <location filename="../panels.py" line="155" />
        <source>Randomise layer</source>
        <translation>このレイヤーをランダム</translation>
    </message>
    <message>
        <location filename="../panels.py" line="156" />
        <source>Pick another part for this layer (Ctrl+Shift+R)</source>
        <translation>このレイヤーの別のパーツを選びます (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="157" />
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../panels.py" line="158" />
        <source>Parts of the selected layer</source>
        <translation>選んだレイヤーのパーツ</translation>
    </message>
    <message>
        <location filename="../panels.py" line="165" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../panels.py" line="188" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../panels.py" line="267" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../panels.py" line="269" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../panels.py" line="276" />
        <source>Randomise %1</source>
        <translation>%1 をランダム</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="96" />
        <source>Preview %1 ms</source>
        <translation>プレビュー %1 ms</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="152" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="154" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="191" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="192" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="193" />
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="194" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="195" />
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="196" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="197" />
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="198" />
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="200" />
        <source>&amp;New Avatar</source>
        <translation>新しいアバター(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="200" />
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="200" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="201" />
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="201" />
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="201" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="202" />
        <source>&amp;Randomise All</source>
        <translation>全部ランダム(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="202" />
        <source>Randomise &amp;Layer</source>
        <translation>レイヤーをランダム(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="203" />
        <source>&amp;Vary Nearby</source>
        <translation>近いバリエーション(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="203" />
        <source>Lock &amp;Selected Layer</source>
        <translation>選んだレイヤーを固定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="204" />
        <source>&amp;About avatarstudio</source>
        <translation>avatarstudio について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="208" />
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="211" />
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="211" />
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="211" />
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="212" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="212" />
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="212" />
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="213" />
        <location filename="../mainwindow.py" line="219" />
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="213" />
        <source>Expressions</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="218" />
        <source>&lt;start&gt;</source>
        <translation>&lt;最初&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="237" />
        <location filename="../mainwindow.py" line="276" />
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="274" />
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="275" />
        <source>Save the changes to %1 before closing it?</source>
        <translation>閉じる前に %1 の変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="302" />
        <source>Open design</source>
        <translation>デザインを開く</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="312" />
        <location filename="../mainwindow.py" line="315" />
        <source>Cannot open the design</source>
        <translation>デザインを開けません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="316" />
        <source>%1 was made with the art pack “%2”, which is not loaded.</source>
        <translation>%1 は読み込まれていない素材パック「%2」で作られています。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="330" />
        <source>Save design</source>
        <translation>デザインを保存</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="341" />
        <location filename="../mainwindow.py" line="344" />
        <source>Cannot save the design</source>
        <translation>デザインを保存できません</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="350" />
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="371" />
        <source>(no recent files)</source>
        <translation>（最近使ったファイルはありません）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="384" />
        <source>About avatarstudio</source>
        <translation>avatarstudio について</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="385" />
        <source>avatarstudio composes anime-style persona avatars from layered SVG parts, offline.
Art pack: %1 %2 (%3)</source>
        <translation>avatarstudio は SVG パーツを重ねてアニメ風のペルソナ用アバターを作るオフラインのアプリです。
素材パック：%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="400" />
        <source>Autosave failed: %1</source>
        <translation>自動保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="408" />
        <source>Restore unsaved work?</source>
        <translation>保存していない作業を復元しますか？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="409" />
        <source>avatarstudio did not close properly last time. Restore the unsaved avatar%1?</source>
        <translation>前回 avatarstudio が正しく終了しませんでした。保存していないアバター%1を復元しますか？</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../panels.py" line="693" />
        <source>Display &amp;name</source>
        <translation>表示名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="693" />
        <source>&amp;Handle</source>
        <translation>ハンドル(&amp;H)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="693" />
        <source>&amp;Bio</source>
        <translation>自己紹介(&amp;B)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="693" />
        <source>&amp;Theme colour</source>
        <translation>テーマカラー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="697" />
        <source>How others see you</source>
        <translation>ほかの人に表示される名前</translation>
    </message>
    <message>
        <location filename="../panels.py" line="698" />
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <location filename="../panels.py" line="699" />
        <source>Stored in the design file only. Exported images carry pixels and nothing else.</source>
        <translation>デザインファイルにだけ保存されます。書き出した画像には画素以外の情報は入りません。</translation>
    </message>
    <message>
        <location filename="../panels.py" line="723" />
        <source>Edit persona</source>
        <translation>ペルソナを編集</translation>
    </message>
    <message>
        <location filename="../panels.py" line="726" />
        <source>Theme colour</source>
        <translation>テーマカラー</translation>
    </message>
</context>
<context>
    <name>PlatformPanel</name>
    <message>
        <location filename="../panels.py" line="892" />
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../panels.py" line="893" />
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../panels.py" line="923" />
        <source>%1 px on %2</source>
        <translation>%2 背景で %1 px</translation>
    </message>
    <message>
        <location filename="../panels.py" line="924" />
        <source>dark</source>
        <translation>暗い</translation>
    </message>
    <message>
        <location filename="../panels.py" line="924" />
        <source>light</source>
        <translation>明るい</translation>
    </message>
    <message>
        <location filename="../panels.py" line="927" />
        <source>a circle</source>
        <translation>円形</translation>
    </message>
    <message>
        <location filename="../panels.py" line="927" />
        <source>a rounded square</source>
        <translation>角丸の四角</translation>
    </message>
    <message>
        <location filename="../panels.py" line="927" />
        <source>a square</source>
        <translation>四角</translation>
    </message>
    <message>
        <location filename="../panels.py" line="928" />
        <source>%1 shows your avatar as %2. Saved at %3 x %4 px.</source>
        <translation>%1 ではアバターが%2で表示されます。保存サイズは %3 x %4 px です。</translation>
    </message>
    <message>
        <location filename="../panels.py" line="946" />
        <source>Warning: part of the face falls outside the safe circle; the platform may cut it off.</source>
        <translation>注意：顔の一部が安全な円からはみ出しています。プラットフォームで切れてしまうかもしれません。</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../preview.py" line="30" />
        <source>Avatar preview</source>
        <translation>アバターのプレビュー</translation>
    </message>
</context>
</TS>