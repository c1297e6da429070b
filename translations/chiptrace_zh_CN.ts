<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChipTrace::AboutDialog</name>
    <message>
        <source>About ChipTrace</source>
        <translation>关于 ChipTrace</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ChipTrace %1&lt;/h2&gt;&lt;p&gt;Traces which AI accelerators trained a model, and whether they were export-controlled at the time.&lt;/p&gt;&lt;p&gt;Method: Gupta, Walker, Reddie, &lt;i&gt;Whack-a-Chip&lt;/i&gt; (2024).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ChipTrace %1&lt;/h2&gt;&lt;p&gt;追溯训练模型所用的 AI 加速器，以及这些芯片当时是否受出口管制。&lt;/p&gt;&lt;p&gt;方法：Gupta、Walker、Reddie，&lt;i&gt;Whack-a-Chip&lt;/i&gt;（2024）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>库版本</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>ChipTrace::MainWindow</name>
    <message>
        <source>ChipTrace</source>
        <translation>ChipTrace 芯迹</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChipTrace</source>
        <translation>关于 ChipTrace(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: chiptrace [options] [case file]</source>
        <translation>用法：chiptrace [选项] [案卷文件]</translation>
    </message>
    <message>
        <source>       chiptrace &lt;command&gt; [arguments]</source>
        <translation>      chiptrace &lt;命令&gt; [参数]</translation>
    </message>
    <message>
        <source>With no command, the workbench opens (on the demo case if no case is given).</source>
        <translation>不带命令时打开工作台（未指定案卷时打开演示案卷）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Run 'chiptrace &lt;command&gt; --help' for the options of a command.</source>
        <translation>运行 'chiptrace &lt;命令&gt; --help' 查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unknown option %1; see chiptrace --help</source>
        <translation>未知选项 %1；请参阅 chiptrace --help</translation>
    </message>
    <message>
        <source>Print the version of ChipTrace and of the libraries it uses</source>
        <translation>显示 ChipTrace 及其所用库的版本</translation>
    </message>
</context>
</TS>