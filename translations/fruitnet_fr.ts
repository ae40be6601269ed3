<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Canvas</name>
    <message>
        <source>{name}: target {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({rows}×{cols} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FruitNet network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node value</source>
        <extracomment>Nets with at most this many nodes in every layer print names and values. Below the layer titles. The node text never gets smaller than this (pixels); a node too small for it is drawn without text (the fruit net&apos;s 74 nodes), never with its text cut. The widest value a node prints (its output has four decimals): a sigmoid&apos;s or a softmax&apos;s is in [0, 1]; tanh, ReLU and linear layers may print a sign or tens. Height of the &quot;net = 0.8570&quot; caption under a node whose net input is known. Narrower column gaps leave out the &quot;net = …&quot; captions: the weight labels need the room between the columns more (the formula view and the tooltips have the net inputs). Height of one row of the legend under the network.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thicker = larger |weight|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target = {value}</source>
        <extracomment>The legend is left out where the network would keep less height than this: in a small canvas (a 1280×720 window at 150 %) the weights need the room more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the constant bias input of the {layer}
value = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel row {row}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: node {n} of the {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed yet: step forward to compute it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient {name} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <source>a bias weight per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one bias weight per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (kept fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch gradient: mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch gradient: sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the paper&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Load the fruit dataset</source>
        <extracomment>While training, predictions are refreshed at most this often (s). The progress dialog of the import that runs, if one does (for tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 500 training and 150 test images of red apples and tomatoes that come with FruitNet (switches to the 36-36-2 fruit network if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the image in the editor, with its label, to this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected image the other class (the arrow: choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected image (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test set is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training set is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; samples: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; images: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} features each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {n} with soft targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network gets &lt;b&gt;{right}&lt;/b&gt; of {n} right ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions: the network reads {n} inputs of {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <extracomment>File dialogs: title, name filters (None: a folder), suffix added on save, method. A slow import shows its progress dialog once it has taken this long (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample {n}: {label}</source>
        <extracomment>Cell size of one thumbnail in the list, and the largest side of its image. Custom item data roles. A features thumbnail: bars this many levels high, at most this many bars (more features are averaged in groups), each bar about BAR_SPAN // features pixels wide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network says {said} (right); outputs {outs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network says {said} (wrong); outputs {outs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images yet.

Load the fruit dataset, open a file, or draw in the editor and press “Add drawing”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E_total per iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No iteration done yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;b&gt;Ready.&lt;/b&gt; Press &lt;b&gt;Step&lt;/b&gt; (→ or Space) to reveal the first sub-step. The forward pass comes first (Step 2 of the worked example): for each node its net input, then its sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output of the layer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this network has no bias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, plus the bias weight {bias} (shared by the whole layer) times the bias input {bias_input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, plus the bias weight {bias} times the bias input {bias_input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;net input&lt;/b&gt; of {node} is the weighted sum of what flows into it: every {what} times the weight on its edge{plus}. Nothing is squashed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network&apos;s answer: how sure it is that the image is a &lt;i&gt;{cls}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the node passes on to the next layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;sigmoid&lt;/b&gt; f(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) squashes the net input into the range 0 to 1. {out} is {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;error&lt;/b&gt; of output {node} is half the squared difference between its target and what the network gave. The ½ makes the derivative in Step 4 come out without a factor 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;error&lt;/b&gt; of output {node} is the squared difference between its target and what the network gave (this network&apos;s error convention has no ½, so the derivative in Step 4 carries a factor 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;total error&lt;/b&gt; averages the errors of all outputs: one number for how wrong the network is on this sample. Learning means making it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;total error&lt;/b&gt; adds the errors of all outputs: one number for how wrong the network is on this sample. Learning means making it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient descent&lt;/b&gt; moves {weight} against its gradient, by the learning rate η = {lr} times the gradient: a positive gradient (more {weight}, more error) makes the weight smaller, a negative one makes it larger. Every gradient used the old weights; the new values take effect only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;first partial derivative&lt;/b&gt;: how the total error changes with this output. Only this output&apos;s own error term depends on it, and the derivative of its squared difference is the difference itself (out − target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the total error changes with the output of {node}: it reaches the error through every node of the next layer, so the parts coming back from each of them are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;second partial derivative&lt;/b&gt;: the slope of the sigmoid at this node, f′(net) = out × (1 − out). It is largest ({quarter}) when out is {half} and small when the node is nearly saturated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;error term&lt;/b&gt; of {node}: the first two factors multiplied, ∂E&lt;sub&gt;total&lt;/sub&gt;/∂net. Every weight into this node, and the nodes before it, use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One part of the error that comes back to a hidden node: the error term of one output times the (old) weight that connects them. The paper calls these the first and the second term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;third partial derivative&lt;/b&gt;: how the net input changes with this weight. The net input is a sum of value × weight, so it is the value that travels along the weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much E&lt;sub&gt;total&lt;/sub&gt; changes when {weight} changes a little, every other weight held fixed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bias weight is shared by every node of the layer, so its gradient adds the error terms of all of them, times the bias input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bias weight is fed by the constant bias input {bias_input}, so the last factor {factor} is that input and the gradient is the error term of {node} times it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bias weight is fed by the constant bias input {bias_input}, so the last factor {factor} is that input and the gradient is the error term of {node} times it, which collects the error coming back from the next layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;chain rule&lt;/b&gt; unpacks it into three factors: how the error depends on {out} (out − target), how {out} depends on {net} (the sigmoid&apos;s slope out × (1 − out)), and how {net} depends on {weight}: the value that travels along it, {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {n} nodes of the next layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weight} sits on the inside: a change of {out} reaches the error through &lt;b&gt;{reach}&lt;/b&gt;, so {derivative} (the bracket) collects their error terms, each times the old weight from {node} to it ({links}). The other factors are the sigmoid&apos;s slope at {node} and the value that travels along {weight}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pencil mode, {n} decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explore</name>
    <message>
        <source>A ReLU&apos;s net input lies within ε of 0 here: the difference quotient straddles the kink, so it need not equal the slope backpropagation uses.</source>
        <extracomment>Relative differences below this count as agreement (documented in docs/DESIGN.md).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree: backpropagation computes the same slope that nudging the weight by ±{epsilon} measures, up to rounding and an error of order ε².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They differ more than rounding explains: the error may be nearly flat here (a saturated sigmoid makes both tiny), or not smooth at this weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E = ½ Σ (target − out)²  (the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E = Σ (target − out)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E = (1/n) Σ (target − out)², n outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bias weight per node (the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one bias weight shared by each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean of the samples&apos; gradients (the paper&apos;s choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the samples&apos; gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the bias weights (the paper does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbooks differ from the worked example in small ways. Choose the ones your course uses: the formulas, names, values and sub-steps follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch gradient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision map needs a network with two inputs.</source>
        <extracomment>Colour-blind-safe class colours (Okabe and Ito): orange, sky blue, green, purple, …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class the network gives at each point (x1, x2): {names} in the colours of the dots; paler where it is less sure. The star is the sample being stepped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid (the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid, squared error (the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax, cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform in ±range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal, standard deviation = range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot (range ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nice numbers: 2 decimals, for hand work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output and error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conventions (error ½Σ or Σ or mean, the bias) are those of the window (Network → Conventions…). ReLU&apos;s slope at 0 is taken to be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E_total from {low} (dark) to {high} (light); now: the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E_total = {error} at {a} = {va}, {b} = {vb}; the red arrow is the negative gradient (−∂E/∂{a}, −∂E/∂{b}), the direction a step of gradient descent takes. The orange path is where the two weights have been.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaView</name>
    <message>
        <source>net input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation (sigmoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error of one output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor: how the error depends on the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor: the sigmoid&apos;s slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor: the node&apos;s error term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor: error coming back from one output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor: what the weight multiplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula of the current sub-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value revealed so far. Double-click a row to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} · {phase} · {kind} · {shown} of {total} · your answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Step again to show the numbers and the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {iteration} · {total} sub-steps to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} · {phase} · {kind} · {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-step revealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient check.&lt;/b&gt; (E(w + ε) − E(w − ε)) / 2ε with ε = {epsilon} and w = {name}: {difference}; backpropagation: {backprop}; relative difference {relative}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Iteration complete.&lt;/b&gt; Press &lt;b&gt;Next iteration&lt;/b&gt; (N) to go round again on the same sample with the new weights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>
&lt;h3&gt;How to read this window&lt;/h3&gt;
&lt;p&gt;FruitNet does one training iteration the way the worked example
&lt;i&gt;Artificial Neural Networks: Behind the scenes&lt;/i&gt; does it with paper and pencil,
one sub-step at a time.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Input&lt;/b&gt; (left): the sample. The paper&apos;s network has two inputs
x&lt;sub&gt;1&lt;/sub&gt; = 0.15, x&lt;sub&gt;2&lt;/sub&gt; = 0.35; the fruit classifier a 6×6 gray image.
Hover a pixel to see its input node.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Network&lt;/b&gt; (middle): nodes filled by their value, edges coloured by the sign
of their weight and as thick as its size. The quantity just computed is highlighted.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Formula&lt;/b&gt; (right): the sub-step in symbols, then with the numbers put in,
then its value, and what it means. The table below keeps every value revealed so far,
grouped like the paper&apos;s Steps 2 to 5; double-click a row to go back to it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Error&lt;/b&gt; (left, below): E&lt;sub&gt;total&lt;/sub&gt; after each finished iteration.
Press &lt;b&gt;Next iteration&lt;/b&gt; to see it fall.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; → or Space step, ← back, Home reset, End finish the iteration,
Ctrl+→ run to the end of the phase, P play/pause, N next iteration.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Step reveals&lt;/b&gt; chooses how much one step shows: each quantity, each node
(net and out together), each layer, each phase, or the whole iteration.
&lt;b&gt;Pencil mode&lt;/b&gt; rounds every intermediate as a person does by hand; with 4
decimals it reproduces the paper&apos;s printed node values digit for digit; where the
paper still differs, the note under the formula says why.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h3&gt;FruitNet&lt;/h3&gt;
&lt;p&gt;Watch and check backpropagation, one sub-step at a time.&lt;/p&gt;
&lt;p&gt;Every number follows the worked example &lt;i&gt;Artificial Neural Networks: Behind the
scenes&lt;/i&gt; by Abir Eltaief (forward propagation, total error, backpropagation,
weight update), computed exactly, or rounded like the paper in pencil mode.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Save as lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Why inner weights collect error from both outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in Your turn (the class types the values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Input</source>
        <extracomment>The docks&apos; titles, by object name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Tab names where the whole ones would not all fit (by dock object name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FruitNet models (*.json);;All files (*)</source>
        <extracomment>View → Size: how large everything is drawn, from the next start (QT_SCALE_FACTOR). What ``fruitnet-gui --scale`` and the setting may ask for. Bump when the docks change, so an old saved layout is not applied to new docks. While training, the canvas follows the weights at most this often: a full redraw of 1406 edges costs ~10 ms of the GUI thread, which training shares (the GIL). How long after the window shows the training process is started.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper example 2-2-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fruit classifier 36-36-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepper</source>
        <extracomment>Seed of the fruit classifier&apos;s start weights (``--seed``), for the Network menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Step   ← Back   Home Reset   End Finish   P Play   N Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window would not fit this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything will be drawn at {percent} the next time FruitNet opens (or now: fruitnet-gui --scale {factor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network {layers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FruitNet — {what} — iteration {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the decimal &amp;point (0.857)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers with a point whatever the language, as on a calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network as shown (old weights plus the updates revealed so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank worksheet and its answer key (PDF, HTML, Markdown), or one per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network and sample of a numbered worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check a hand calculation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of name,value answers, checked against this network and sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network as drawn now, as PNG or SVG (for slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as l&amp;esson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window as it is now (network, sample, position, panels, notes) as a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for this sub-step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher&apos;s note, shown when the class reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper example 2-2-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fruit classifier 36-36-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design a network: layers, activations, output and error, starting weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conventions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error, bias and batch conventions of your textbook (the paper&apos;s by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside each gradient, the central finite difference (E(w + ε) − E(w − ε)) / 2ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision map (two inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size of everything (next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FruitNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FruitNet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Naming</name>
    <message>
        <source>Nodes: inputs x1, x2, …, hidden h1, h2, …, outputs y1, y2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: inputs x1, x2, …; hidden node j of hidden layer l is h&lt;l&gt;_&lt;j&gt; (h2_1 is node 1 of hidden layer 2, of {n}); outputs y1, y2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights are numbered w1, w2, … layer by layer from the input, and within a layer row by row by source node (w1 is x1 → the first node, w2 is x1 → the second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Bias weights bw1, bw2, … follow the same order, one per node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> One bias weight per layer: bw1 feeds the first hidden layer, bw2 the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This network has no bias weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>The paper prints w5_new = {printed}, but {line}: it dropped the minus sign. The gradient {gradient} is positive, so gradient descent must make w5 smaller, and {difference} is below zero.</source>
        <extracomment>Every number the paper prints in its Steps 2 to 5, as printed. The chain rule&apos;s factors the paper prints in Step 4, as printed. The inner gradients: the paper keeps the product of its rounded factors unrounded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper prints E_total = {printed}, but its own rounded outputs give {line}: a small slip in its fifth decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact arithmetic gives {value} (from the unrounded gradient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded to {n} decimals that is {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact arithmetic gives {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper prints {printed} here: the product of its rounded factors {factors}, left unrounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact arithmetic, from unrounded factors, gives the value shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil mode rounds it to {n} decimals, as it does every value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil mode with 4 decimals rounds the way it did and gives its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper prints {printed} here. It worked by hand from intermediates rounded to 4 decimals, so its last digits differ from exact arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper prints {printed} here: it rounds every intermediate to 4 decimals, this pencil mode to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper prints {printed} here; rounding every value to 4 decimals and carrying it forward gives {shown}: the paper rounded some intermediate differently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward propagation</source>
        <extracomment>The worked example&apos;s step that each phase belongs to, and the step&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation: the gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelEditor</name>
    <message>
        <source>Gray level the left button paints with (0 white, 1 black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every pixel to 0 (white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pixel v becomes 1 − v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class this sample belongs to: it sets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-drag paints, right-drag erases, double-click (or Enter) types a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>The sign is flipped: the magnitude is right, the sign is not.</source>
        <extracomment>Every mistake the diagnosis knows, and the sentence that names it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sigmoid&apos;s slope out × (1 − out) is left out of the chain rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A net input is used where the node&apos;s output (after the sigmoid) belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output (after the sigmoid) is used where the net input belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new weight is used where the old one belongs: every gradient uses the weights from before the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one output&apos;s error term is counted: an inner weight collects the error coming back from every output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ½ of the error is not counted (the answer is twice the right one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ½ of the error is counted twice (the answer is half the right one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate is not applied: new = old − η × gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate is applied twice (η² instead of η).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded too early: the intermediates were rounded to fewer decimals than the answer, and the error carried forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One digit differs (or two are swapped): a typing slip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil mode: type the value rounded to {n} decimals, computed from the rounded values before it.</source>
        <extracomment>the answer was not one the rule can judge (not a number, too few digits): no try</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact mode: type at least 3 significant digits; the value must round to what you typed (a calculation from values rounded to as many decimals counts as right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number: type digits, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly: pencil mode keeps {n} decimals, so type {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right so far: now type at least 3 significant digits (e.g. {good}, not {short}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right. Try again, or ask for a hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {n}: {first} of {total} right at the first try, {after} after more tries or hints, {revealed} revealed.</source>
        <extracomment>a lesson&apos;s questions: only these are asked and counted (None: every one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your turn:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the value, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First the formula in symbols, then with the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answer (counted as revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of every iteration, as CSV or a printable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: {name} = {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} = {value} (revealed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step&lt;/b&gt; (→) to the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Iteration complete.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Press Next iteration (N) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This iteration: {first} right at the first try, {after} after tries or hints, {revealed} revealed, of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Before: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration {n}: {right}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FruitNet practice report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save practice report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not be saved ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>1 step/s</source>
        <extracomment>Play speeds: label and timer interval in milliseconds (0: as fast as the views draw).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>&quot;Hold the answer&quot;: a Step first shows the next sub-step&apos;s formula (this signal), the next press reveals it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the next sub-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to end of phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the rest of the current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal every remaining sub-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step automatically on a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another iteration on the same sample, starting from the updated weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your turn (Y)&lt;br&gt;Type each value before it is shown; FruitNet checks it and says where a wrong one went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Step first shows the formula in symbols; the next press shows the numbers and the value (ask the class before revealing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much one Step reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencil mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round every intermediate to the chosen decimals and carry the rounded value forward, as the worked example does by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals kept in pencil mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s learning rate η, used by every update below and by training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {iteration} · step &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration {iteration} · sub-step &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Each node adds up its weighted inputs plus its bias weight (net), then squashes the sum with the sigmoid (out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each node adds up its weighted inputs (net), then squashes the sum with the sigmoid (out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the outputs are from the target: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain rule gives ∂E_total/∂w for every weight, all from the old weights: outer weights, inner weights, outer bias weights, inner bias weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent: new = old − η × gradient for every weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent: new = old − η × gradient for every weight (the bias weights stay fixed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pencil mode: every intermediate rounded to {n} decimals and carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact float64 arithmetic; values show 4 decimals (4 significant digits below {hundredth}), and a formula&apos;s operands as many more as its result needs to add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training iteration: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers: {layers}, sigmoid everywhere, bias input {bias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finite difference (ε = {epsilon}): {difference}, backprop {backprop}, relative difference {relative}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E_total before the update: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>test set</source>
        <extracomment>What a matrix counts (TrainingRun.judged_on), for the title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confusion matrix appears here when training ends.</source>
        <extracomment>``cells[true][predicted]``: the labels showing each count.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {name} images predicted as {other} (right): {share}% of the {name} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {name} images predicted as {other} (wrong): {share}% of the {name} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix on the {what} ({images})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent: of the images of that row&apos;s true class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{right}&lt;/b&gt; of {total} right = &lt;b&gt;{percent}%&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training… the confusion matrix appears when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before training began: no matrix to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight from each input pixel into the hidden node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: update per sample</source>
        <extracomment>Mode combo entries: the config&apos;s mode, what the student reads (short enough for the dock of a 1024-pixel window) and the item&apos;s tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One update after every sample, as in the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: update per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One update per epoch, with the mean gradient of all the training samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch: update per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One update per batch of samples (the batch size below), with their mean gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished all {epochs} epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the target error after {epoch} epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {epoch} epochs: the error is no longer a number (the learning rate is too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One epoch shows the network every training image once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η in  w⁺ = w − η · ∂E_total/∂w  (0.5 in the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch mode: the samples averaged for each update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed shuffles the samples in the same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop early at training error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a copy of the network; the window stays usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and keep the weights learnt so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset for this network: training on the one sample in the editor (label “{label}”), as the worked example continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on the &lt;b&gt;{n}&lt;/b&gt; images of the training set, testing on &lt;b&gt;{m}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on the &lt;b&gt;{n}&lt;/b&gt; images of the training set (no test set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After epoch {epoch}: training error &lt;b&gt;{error}&lt;/b&gt;, accuracy &lt;b&gt;{accuracy}%&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test error &lt;b&gt;{error}&lt;/b&gt;, accuracy &lt;b&gt;{accuracy}%&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training; the plots stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of the previous network was stopped when another network was chosen; its weights were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before training began: the network is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped during epoch {epoch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained — stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The network now has the trained weights: step through it to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the previous network&apos;s run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean E_total per sample</source>
        <extracomment>Runs of more epochs than this are drawn as lines only: symbols would be a smear.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to see the error and accuracy after every epoch</source>
        <extracomment>Below this height of the two plots together their axis titles are shortened. Below this width the caption is set smaller (the docks of a 1280×800 window). Epochs drawn so far (the curves show the first ``_drawn`` of the history).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}: training error {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, test error {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} weights: see the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round every value to {n} decimals (half up) and carry it forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact: give at least 3 significant digits (4 decimals is plenty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 · The network, the sample and the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Compute &lt;b&gt;{name}&lt;/b&gt;:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a hand calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each factor of the chain rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> decimals (pencil mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact arithmetic instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different 2-2-2 network for each student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
