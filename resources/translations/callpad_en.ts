<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BrowseDialog</name>
    <message>
        <source>Choose a Function Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only functions whose name or description contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the functions by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search functions by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list of functions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this function&apos;s revisions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits for what your calls cost, in US dollars. Once a limit is reached, Callpad asks before it sends the next call. Zero means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most to spend in a calendar day; 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the daily spending limit in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most to spend in a calendar month; 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the monthly spending limit in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Opper&apos;s API lives, e.g. https://api.opper.ai/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL every request is sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.opper.ai/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Opper API key. It is kept in memory only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key sent as a bearer token; kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls go to the demo server bundled with Callpad, on this computer. No key or network is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostPane</name>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time span of each bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether each bar sums an hour, a day or a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bars and the totals are split by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the spend by function, revision or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the spend in dollars or the tokens used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the chart between spend and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per group for the calls matching the filter; click a header to sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Call error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error title, message and detail to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole error as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the error banner; the raw response stays in the Raw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplesEditor</name>
    <message>
        <source>&amp;Send examples with the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, the rows are kept but no examples are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the examples below as few-shot examples with the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on an input or output to edit it as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an example after the current one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected examples (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected example rows below the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected examples (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected example rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current example up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current example one row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current example down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current example one row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append examples from the clipboard: one {&quot;input&quot;: …, &quot;output&quot;: …, &quot;comment&quot;: …} object per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append many examples at once from JSON Lines on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionPicker</name>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function&apos;s id (a UUID). Type or paste it, or choose one with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the function to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a function and revision from your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the account&apos;s functions and their revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision&apos;s id (a UUID). Type or paste it, or choose one with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the function revision to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCallsView</name>
    <message>
        <source>Recorded calls, newest first: select one to show its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recorded calls match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear old calls or set how much history to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Show only calls whose input or output contains all of these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the input and output text of recorded calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search input and output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all calls, only successful ones or only failed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date range quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, the last 7 or 30 days, this month or all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day to show (“Any” for no start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show calls made on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day to show (“Any” for no end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show calls made on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only calls to this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history by function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only calls to this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history by revision (of the chosen function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only calls sent with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history by tag (key=value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRetentionDialog</name>
    <message>
        <source>History Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the call history to keep. Older calls are deleted for good when the setting is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never delete calls automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;all calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete calls older than this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all but this many of the newest calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calls to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputEditor</name>
    <message>
        <source>Insert &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the input with a skeleton built from the input schema (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the input with a template from the revision&apos;s input schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty-print the JSON (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the input JSON; undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the JSON on one line (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the whitespace from the input JSON; undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plain string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the text as it is, as one JSON string, instead of parsing it as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the input text as a JSON string; no JSON validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input sent to the function, as JSON (empty: no input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input as JSON; leave empty to call without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a problem to go to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>&amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the message as Markdown; uncheck to see the text as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between rendered Markdown and plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole message, as received, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message of the call appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <source>Show &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the tree view of this large payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large payloads open as text first; the tree is built on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the payload as pretty-printed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole JSON payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the payload breaks the revision&apos;s output schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output schema problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <source>New preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form as a new preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preset files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the preset to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset the request form is editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, description or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only presets whose name, description or function contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a preset in the request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another presets folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the presets folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawPane</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as sent (the API key stays masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the raw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the response as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>&amp;Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent &amp;span:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the span id (UUID) to nest this call under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nest this call&apos;s trace under an existing span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message of the call, as Markdown or plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structured result of a function with an output schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images the call returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage &amp;&amp; cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, cost, latency and the span id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as sent and the response as received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionInfoPanel</name>
    <message>
        <source>Show or hide the details of the selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the revision&apos;s instructions, model and schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a function revision to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision&apos;s instructions (its prompt), as the model receives them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Schema the input should follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Schema of the json_payload the function answers with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision&apos;s configuration, as stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Tags are key/value strings stored with the call&apos;s trace; keys must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag and edit its key (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key/value tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsagePane</name>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer came from Opper&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens received from the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens the model spent on reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input plus output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model provider charged, in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Opper charged, in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation plus platform cost, in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from sending the request to the end of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the streaming endpoint was used, and how many events arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span of this call in Opper&apos;s tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the span id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the span id, e.g. to look the call up in Opper&apos;s tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other usage and cost fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and cost fields Callpad does not know, as the API sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other usage and cost fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ApiError</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended in the middle of an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HTTP 429 · %1 — retry after %n s</source>
        <translation>
            <numerusform>HTTP 429 · %1 — retry after %n s</numerusform>
            <numerusform>HTTP 429 · %1 — retry after %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 429 · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream failed · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input in %1 at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (retry after %n s)</source>
        <translation>
            <numerusform>%1 (retry after %n s)</numerusform>
            <numerusform>%1 (retry after %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized: check the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response exceeded the size limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response exceeded the size limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::App</name>
    <message>
        <source>A native workbench for calling Opper function revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the bundled demo server on loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the window has been painted, without the first-start questions: a start-up check. Exit status 0 when it painted, 1 when demo mode could not start, 2 when nothing painted within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::BrowseDialog</name>
    <message>
        <source>Choose a function to see its revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s), newest first</source>
        <translation>
            <numerusform>%n revision, newest first</numerusform>
            <numerusform>%n revisions, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading functions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %L1 of %L2 · %L3 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n function(s) match</source>
        <translation>
            <numerusform>%L1 of %n function match</numerusform>
            <numerusform>%L1 of %n functions match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::BudgetDialog</name>
    <message>
        <source>Spent so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::BudgetIndicator</name>
    <message>
        <source>Spend against your budget; click to change the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is reached: Callpad asks before sending another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 80% of the budget is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to change the budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::BudgetMonitor</name>
    <message>
        <source>Cannot read today&apos;s spend: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::BudgetState</name>
    <message>
        <source>Today %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 today, over your daily budget of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this month, over your monthly budget of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have spent %1. Send the call anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CallRequest</name>
    <message>
        <source>Choose a function: the function id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function id %1 is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a revision: the revision id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision id %1 is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example&apos;s input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example&apos;s output is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key %1 is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent span id %1 is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples must be a JSON array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example must be an object with &quot;input&quot; and &quot;output&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example&apos;s comment must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CliHistory</name>
    <message>
        <source>Cannot open the history %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not recorded in the history: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CliImageSaver</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: not a PNG, JPEG, GIF or WebP image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CliOptions</name>
    <message>
        <source>The history database (default: the one the window uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record this call in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls of this function (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls of this revision (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls with this tag (KEY or KEY=VALUE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that must occur in the input or output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD) or time, inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this date or time, exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N calls (history; default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group costs by function, revision or tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be ok or failed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD) or an ISO date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be function, revision or tag, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function&apos;s id (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision&apos;s id (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input as JSON text (a bare string must be quoted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the input JSON from a file (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array of {input, output, comment?} examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag KEY=VALUE; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nest the call under this span (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the streaming endpoint; text arrives on stderr as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the response&apos;s images into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset file; other flags override its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--function is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revision is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --input or --input-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag %1: expected KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  callpad-cli call --function UUID --revision UUID [--input JSON | --input-file PATH]
      [--examples-file PATH] [--tag KEY=VALUE]... [--parent-span UUID]
      [--base-url URL] [--timeout SECONDS] [--max-response-mib N] [--stream]
      [--output json|text] [--save-images DIR]
  callpad-cli call --preset FILE [any call flag, to override that field]
  callpad-cli functions [--name TEXT] [--output json|text]
  callpad-cli revisions --function UUID [--output json|text]
  callpad-cli history [FILTERS] [--limit N] [--output json|text|csv|jsonl]
  callpad-cli costs [FILTERS] [--by function|revision|tag] [--output json|text|csv|jsonl]
  callpad-cli --help | --version

Calls Opper function revisions (POST {base}/functions/{id}/call/{revision}).

The API key comes from the OPPER_API_KEY environment variable; without one nothing is sent.
The base URL comes from --base-url, else OPPER_BASE_URL, else https://api.opper.ai/v2.

call:
  --input JSON          The input, any JSON value. A bare string needs JSON quotes: &apos;&quot;hi&quot;&apos;.
  --input-file PATH     Read the input JSON from PATH (- reads stdin).
  --examples-file PATH  A JSON array of {&quot;input&quot;: ..., &quot;output&quot;: ..., &quot;comment&quot;: &quot;...&quot;}.
  --tag KEY=VALUE       A tag (string value); repeat for more.
  --parent-span UUID    Nest the call under an existing span.
  --stream              Stream: text deltas go to stderr as they arrive; at the end stdout gets
                        one JSON object shaped like a plain response (span_id, and message or
                        json_payload assembled from the deltas).
  --output json         (default) print the response object as received.
  --output text         print the message, or the JSON payload pretty-printed.
  --save-images DIR     decode the response&apos;s images into DIR (URLs are fetched without the key).
  --preset FILE         start from a preset file (docs/preset-format.md); every other flag
                        given overrides that field (--tag replaces all of the preset&apos;s tags).
                        The base URL: --base-url, else the preset&apos;s, else OPPER_BASE_URL.
  --timeout SECONDS     transfer timeout (default 300; for --stream, the idle timeout).
  --max-response-mib N  refuse responses larger than N MiB (default 64).

functions   Lists every function (all pages); --name filters by name.
revisions   Lists a function&apos;s revisions, newest first.
history     Lists recorded calls, newest first (the window&apos;s history; CLI calls are recorded
            too unless --no-history). csv and jsonl export every matching call.
costs       Totals per function, revision or tag: calls, tokens, cost, average latency and
            cache-hit rate.

FILTERS (history, costs): --function UUID --revision UUID --tag KEY[=VALUE] --status ok|failed
  --search TEXT --since YYYY-MM-DD --until YYYY-MM-DD
History: every call, successful or not, goes into the history database the window uses
  (--history-file PATH to use another, --no-history to skip).

Exit codes:
  0  success
  2  bad usage or invalid input (nothing was sent)
  3  the API answered an error; stderr: HTTP &lt;status&gt; &lt;type&gt;: &lt;message&gt;, then the detail
  4  network, TLS, timeout or cancel
  5  the response was invalid or too large
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response size cap in MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only functions whose name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see callpad-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be json, text, csv or jsonl, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be json or text, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-response-mib must be a number between 0 and 4096.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CliRunner</name>
    <message>
        <source>No API key: set OPPER_API_KEY to your Opper API key, e.g.
  export OPPER_API_KEY=op-...
Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The response has %n image(s); use --save-images DIR to keep them.</source>
        <translation>
            <numerusform>The response has %n image; use --save-images DIR to keep it.</numerusform>
            <numerusform>The response has %n images; use --save-images DIR to keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ClientSettings</name>
    <message>
        <source>The base URL is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not have a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ConnectionBar</name>
    <message>
        <source>Enter the base URL of Opper&apos;s API, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CostAggregator</name>
    <message>
        <source>(untagged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CostChart</name>
    <message>
        <source>No calls match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent up to here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CostFormat</name>
    <message>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CostPane</name>
    <message>
        <source>Export Calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Totals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calls matching the filter as CSV or JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the totals table as CSV or JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cost history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the newest %1 of %2 bars; choose a longer period per bar to see them all. The totals cover everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CostQuery</name>
    <message>
        <source>The history is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::CostTotalsModel</name>
    <message>
        <source>%1 failed, %2 served from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which %1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::DemoSession</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::DraftStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a draft this version of Callpad reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;preset&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ErrorBanner</name>
    <message>
        <source>Copied the error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters: Copy details copies all of them, and the Raw tab has the whole response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ExamplesEditor</name>
    <message>
        <source>Add Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Example(s)</source>
        <translation>
            <numerusform>Duplicate %n Example</numerusform>
            <numerusform>Duplicate %n Examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Example(s)</source>
        <translation>
            <numerusform>Remove %n Example</numerusform>
            <numerusform>Remove %n Examples</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Example Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Example Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Example(s)</source>
        <translation>
            <numerusform>Paste %n Example</numerusform>
            <numerusform>Paste %n Examples</numerusform>
        </translation>
    </message>
    <message>
        <source>Example %1: Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example %1: Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input of example %1, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected output of example %1, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ExamplesJsonl</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no examples to paste: expected one JSON object per line with &quot;input&quot; and &quot;output&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ExamplesModel</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example&apos;s input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example&apos;s output is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the input schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::FunctionListModel</name>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

A v3 function: the v2 call endpoints may not support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::FunctionPicker</name>
    <message>
        <source>Not a function id: ids are UUIDs such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a revision id: ids are UUIDs such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the revision&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;%2&quot;&gt;Retry&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::HistoryCallsView</name>
    <message>
        <source>&amp;Restore into Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this call&apos;s request back into the form (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the form&apos;s input, instructions, examples and tags with this call&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected calls from the history (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected calls from the history, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Older Than…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every call older than a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how much history to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all calls, the last N days or the newest N calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Older Than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every call made more than this many days ago:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n call(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n call from the history? This cannot be undone.</numerusform>
            <numerusform>Delete %n calls from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::HistoryDock</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That call is no longer in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the call of %1 from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the request into the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::HistoryExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::HistoryFilterBar</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n call(s)</source>
        <translation>
            <numerusform>%1
%n call</numerusform>
            <numerusform>%1
%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>All revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::HistoryRetentionDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::HistoryService</name>
    <message>
        <source>it is not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not recorded: the history is not open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::HistoryStore</name>
    <message>
        <source>Cannot prepare the history statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was written by a newer version of Callpad (schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the history to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot use a write-ahead log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::HistoryTableModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (streamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::HttpExchange</name>
    <message>
        <source>The connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect from https to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ImageDecoder</name>
    <message>
        <source>The image is larger than the %1 limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image URL must be downloaded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported image format; PNG, JPEG, GIF and WebP are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image cannot be read (is the image plugin installed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image has no valid size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 × %2 px, above the limit of %3 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 × %2 px, too large to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ImageLoader</name>
    <message>
        <source>Decoding the image was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image URL is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images cannot be downloaded: no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the image timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the image failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ImageRef</name>
    <message>
        <source>The image data is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image data is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data URL has no comma before its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image entry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image URL is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image entry is neither a URL nor base64 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is a URL: it has to be downloaded, not decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ImageSaver</name>
    <message>
        <source>The image has not finished loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images can be converted to PNG, JPEG or WebP only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding the image as %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported file type “.%1”; use .png, .jpg or .webp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ImageStrip</name>
    <message>
        <source>Image thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ImageViewer</name>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ImagesPane</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF image, original (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current image as PNG, JPEG or WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the current image to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every image into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s) to %1.</source>
        <translation>
            <numerusform>Saved %n image to %1.</numerusform>
            <numerusform>Saved %n images to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 could not be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading image %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::InlineError</name>
    <message>
        <source>HTTP %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::InputEditor</name>
    <message>
        <source>Insert Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current input with a template built from the input schema?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON: click to go to the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input schema cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the input schema. You can still send: the server decides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::JsonEditor</name>
    <message>
        <source>&amp;Format JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::JsonEditorDialog</name>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::JsonFieldReader</name>
    <message>
        <source>field %1 should be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 should be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 should be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 should be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 should be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 should be an RFC 3339 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is a JSON array where an object was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::JsonSyntaxCheck</name>
    <message>
        <source>The text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strings must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &apos;,&apos; before this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing comma before &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object keys must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &apos;,&apos; before this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing comma before &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line break inside a string (write it as \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control character %1 inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid \u escape: expected four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape sequence \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: leading zeros are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: expected a digit after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: expected a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown word &quot;%1&quot;: JSON writes true and false in lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown word &quot;%1&quot;: JSON writes null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: JSON has no NaN or Infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown word: text must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown word &quot;%1&quot;: text must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::JsonText</name>
    <message>
        <source>Invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::JsonTreeModel</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::JsonTreeView</name>
    <message>
        <source>Copy &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON &amp;Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse Subtree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the base URL before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window has no demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: calls go to the bundled demo server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callpad — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Opper API key is set.

Try Callpad in demo mode, with a demo server on this computer? Or close this and paste your key into the key field (it stays in memory only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Demo Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unsaved request you were editing when Callpad last closed (autosaved %1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Callpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Callpad %1&lt;/h3&gt;&lt;p&gt;A native workbench for calling Opper function revisions: edit the input, examples and tags, call, and read the message, JSON payload, images, tokens and cost.&lt;/p&gt;&lt;p&gt;Local-first. Your API key is kept in memory and sent only to the configured API origin. Presets are plain files; the history and cost ledger stay on this computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;Demo Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the bundled demo server on this computer; no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a daily and a monthly spending limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Callpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::MessagePane</name>
    <message>
        <source>This message is too long to render as Markdown; it is shown as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the message as Markdown; uncheck to see the text as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opening the link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PayloadPane</name>
    <message>
        <source>Large payload (%1): the text is shown first; the tree is built on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output schema could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the output schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem with the output schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the output schema:</source>
        <translation>
            <numerusform>%n problem with the output schema:</numerusform>
            <numerusform>%n problems with the output schema:</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the JSON payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON payload of the call appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking against the output schema…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PresetFiles</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PresetFormat</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Callpad preset (it needs &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Callpad (format version %1; this version reads version %2). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be given together with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of {&quot;key&quot;, &quot;value&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;key&quot; and &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can only be true with &quot;input_text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PresetListModel</name>
    <message>
        <source>Function: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PresetSession</name>
    <message>
        <source>%1 held secret-like fields (%2); they were ignored and the next save removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved draft could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not autosave the form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program; the form is kept as unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1: it was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PresetStore</name>
    <message>
        <source>No presets folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the presets folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, so nothing in it is lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets folder is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PresetsDock</name>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::PresetsPanel</name>
    <message>
        <source>&amp;New Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new preset with an empty request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request form to the open preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Preset &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request form as a new preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected preset and its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected preset to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected preset&apos;s file (to the trash where there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy preset files from elsewhere into the presets folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected preset to a file of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Presets &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another folder for presets, e.g. one in a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Presets Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the presets folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them to the preset before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is moved to the trash where the system has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Presets Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by another program while you have unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and Lose My Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep My Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ●</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request form is not saved as a preset yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::RawPane</name>
    <message>
        <source>The request as sent appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response as received appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the raw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log (1 event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Event log (%n events)</source>
        <translation>
            <numerusform>Event log (%n event)</numerusform>
            <numerusform>Event log (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::RequestForm</name>
    <message>
        <source>Not a span id: expected a UUID such as 123e4567-e89b-12d3-a456-426614174000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the id (a UUID) of the span to nest this call under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before sending</source>
        <translation>
            <numerusform>%n problem to fix before sending</numerusform>
            <numerusform>%n problems to fix before sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema warning(s); the call can still be sent</source>
        <translation>
            <numerusform>%n schema warning; the call can still be sent</numerusform>
            <numerusform>%n schema warnings; the call can still be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::RequestPage</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected revision with this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running call (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the streaming endpoint and show the answer as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n problem(s) to fix. %1</source>
        <translation>
            <numerusform>Not sent: %n problem to fix. %1</numerusform>
            <numerusform>Not sent: %n problems to fix. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::ResultsView</name>
    <message>
        <source>Streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed: see the error above and the Raw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This function answered with a JSON payload, not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no JSON payload: the function has no output schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::RevisionInfoPanel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input schema: any JSON input is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output schema: the function answers with a text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision Details · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision Details · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::RevisionListModel</name>
    <message>
        <source>Created %1
Id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::SchemaValidation</name>
    <message>
        <source>The schema refers to itself without end at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::SendBar</name>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::StreamAssembler</name>
    <message>
        <source>Event %1 of the stream is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of the stream is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended in the middle of an event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::TagsEditor</name>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Tag(s)</source>
        <translation>
            <numerusform>Remove %n Tag</numerusform>
            <numerusform>Remove %n Tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callpad::TagsModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::TextFindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::TextTableModel</name>
    <message>
        <source>Edit %1 of row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::TextView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;old All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfold All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 of text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold R&amp;egion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::TextViewer</name>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::UsageFormat</name>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling… %1 · %2 received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callpad::UsagePane</name>
    <message>
        <source>%1 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation plus platform cost, in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, 1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yes, %n events</source>
        <translation>
            <numerusform>Yes, %n event</numerusform>
            <numerusform>Yes, %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Streamed calls report no usage or cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response carried no usage or cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the span id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
