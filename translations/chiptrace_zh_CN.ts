<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChipTrace::AboutDialog</name>
    <message>
        <source>About ChipTrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;ChipTrace %1&lt;/h2&gt;&lt;p&gt;Traces which AI accelerators trained a model, and whether they were export-controlled at the time.&lt;/p&gt;&lt;p&gt;Method: Gupta, Walker, Reddie, &lt;i&gt;Whack-a-Chip&lt;/i&gt; (2024).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       chiptrace &lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no command, the workbench opens (on the demo case if no case is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;chiptrace &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1; see chiptrace --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version of ChipTrace and of the libraries it uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
