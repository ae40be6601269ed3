<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Canvas</name>
    <message>
        <source>{name}: target {value}</source>
        <extracomment>The layer titles shrink to this size before the short titles are used.</extracomment>
        <translation>{name}: Zielwert {value}</translation>
    </message>
    <message>
        <source> ({rows}×{cols} pixels)</source>
        <translation> ({rows}×{cols} Pixel)</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>das Bild konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>give a .png or an .svg file</source>
        <translation>geben Sie eine .png- oder .svg-Datei an</translation>
    </message>
    <message>
        <source>node value</source>
        <extracomment>Nets with at most this many nodes in every layer print names and values. Below the layer titles. The node text never gets smaller than this (pixels); a node too small for it is drawn without text (the fruit net&apos;s 74 nodes), never with its text cut. The widest value a node prints (its output has four decimals): a sigmoid&apos;s or a softmax&apos;s is in [0, 1]; tanh, ReLU and linear layers may print a sign or tens. Height of the &quot;net = 0.8570&quot; caption under a node whose net input is known. Narrower column gaps leave out the &quot;net = …&quot; captions: the weight labels need the room between the columns more (the formula view and the tooltips have the net inputs). Height of one row of the legend under the network.</extracomment>
        <translation>Wert des Knotens</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>positives Gewicht</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>negatives Gewicht</translation>
    </message>
    <message>
        <source>thicker = larger |weight|</source>
        <translation>dicker = größeres |Gewicht|</translation>
    </message>
    <message>
        <source>being computed</source>
        <translation>wird gerade berechnet</translation>
    </message>
    <message>
        <source>target = {value}</source>
        <extracomment>The legend is left out where the network would keep less height than this: in a small canvas (a 1280×720 window at 150 %) the weights need the room more.</extracomment>
        <translation>Zielwert = {value}</translation>
    </message>
    <message>
        <source>{name}: the constant bias input of the {layer}
value = {value}</source>
        <translation>{name}: konstanter Bias-Eingang, {layer}
Wert = {value}</translation>
    </message>
    <message>
        <source>input {n}</source>
        <translation>Eingabe {n}</translation>
    </message>
    <message>
        <source>pixel row {row}, column {column}</source>
        <translation>Pixel Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>{name}: node {n} of the {layer}</source>
        <translation>{name}: Knoten {n}, {layer}</translation>
    </message>
    <message>
        <source>not computed yet: step forward to compute it</source>
        <translation>noch nicht berechnet: weiter vorgehen, um ihn zu berechnen</translation>
    </message>
    <message>
        <source>bias {value}</source>
        <translation>Bias {value}</translation>
    </message>
    <message>
        <source>gradient {name} = {value}</source>
        <translation>Gradient {name} = {value}</translation>
    </message>
    <message>
        <source>click to change it</source>
        <translation>zum Ändern klicken</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <extracomment>The canvas&apos;s colours by theme role (see :class:`~fruitnet_gui.ui.theme.Theme`). a weight label&apos;s fill once its new value is shown (light yellow: &quot;this changed&quot;) The least contrast text on the canvas keeps with what it is drawn on (WCAG AA).</extracomment>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the value must be a finite number (not NaN or infinity)</source>
        <translation>der Wert muss eine endliche Zahl sein (weder NaN noch unendlich)</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>is not a regular file</source>
        <extracomment>A hand calculation of the fruit network has under 5,000 rows; far more is no answer sheet.</extracomment>
        <translation>ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>is {size} bytes; an answers file is at most 4 MB</source>
        <translation>ist {size} Byte groß; eine Antwortdatei hat höchstens 4 MB</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line {k} has {n} fields; each row is name,value</source>
        <translation>Zeile {k} hat {n} Felder; jede Zeile ist Name,Wert (name,value)</translation>
    </message>
    <message>
        <source>is not a CSV file ({reason})</source>
        <translation>ist keine CSV-Datei ({reason})</translation>
    </message>
    <message>
        <source>has no answers (rows of name,value)</source>
        <translation>enthält keine Antworten (Zeilen name,value)</translation>
    </message>
    <message>
        <source>line {line}: no sub-step is called {name} (the names are those of &apos;fruitnet trace --level factor&apos;)</source>
        <translation>Zeile {line}: kein Teilschritt heißt {name} (die Namen sind die von „fruitnet trace --level factor“)</translation>
    </message>
    <message>
        <source>line {line}: {name} is answered twice</source>
        <translation>Zeile {line}: {name} wird zweimal beantwortet</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>WRONG</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <source>(expected {value})</source>
        <translation>(erwartet {value})</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Your answers, checked</source>
        <translation>Ihre Antworten, geprüft</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>the classes must be a list of names, not one string</source>
        <extracomment>The kinds of dataset: gray-level images, or rows of any finite numbers. Longer class names are surely not names (they would not fit anywhere on screen); the same bound as in model files. Characters no class name may hold: control characters and line breaks (a name is one line on the canvas and in messages) and lone surrogates (``&quot;&quot;`` from JSON, or a folder name that is not UTF-8), which no file can be saved with.</extracomment>
        <translation>die Klassen müssen eine Liste von Namen sein, nicht ein einzelner Text</translation>
    </message>
    <message>
        <source>a dataset needs at least one class</source>
        <translation>ein Datensatz braucht mindestens eine Klasse</translation>
    </message>
    <message>
        <source>every class name must be a non-empty text, got {_shown}</source>
        <translation>jeder Klassenname muss ein nicht leerer Text sein, erhalten: {_shown}</translation>
    </message>
    <message>
        <source>the class {_shown} is named twice</source>
        <translation>die Klasse {_shown} ist zweimal genannt</translation>
    </message>
    <message>
        <source>the image shape must be two whole numbers, got {shape}</source>
        <translation>die Bildform muss aus zwei ganzen Zahlen bestehen, erhalten: {shape}</translation>
    </message>
    <message>
        <source>the image shape must be two positive whole numbers, got {list}</source>
        <translation>die Bildform muss aus zwei positiven ganzen Zahlen bestehen, erhalten: {list}</translation>
    </message>
    <message>
        <source>a dataset&apos;s kind is images or features, got {_shown}</source>
        <translation>die Art eines Datensatzes ist images oder features, erhalten: {_shown}</translation>
    </message>
    <message>
        <source>{what} must hold {numbers}, not True/False</source>
        <translation>{what} muss {numbers} enthalten, nicht True/False</translation>
    </message>
    <message>
        <source>{what} must be a grid of {numbers}</source>
        <translation>{what} muss ein Gitter aus {numbers} sein</translation>
    </message>
    <message>
        <source>{what} must be {cols} values, got {got}</source>
        <translation>{what} muss {cols} Werte haben, erhalten: {got}</translation>
    </message>
    <message>
        <source>{what} must be {rows}×{cols} pixels, got {got}</source>
        <translation>{what} muss {rows}×{cols} Pixel haben, erhalten: {got}</translation>
    </message>
    <message>
        <source>{what} contains a value that is not a finite number (NaN or infinity)</source>
        <translation>{what} enthält einen Wert, der keine endliche Zahl ist (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>pixel values must lie between 0 and 1, but {what} has {bad}</source>
        <translation>Pixelwerte müssen zwischen 0 und 1 liegen, aber {what} enthält {bad}</translation>
    </message>
    <message>
        <source>feature values must lie between -{max_value} and {max_value}, but {what} has {bad}</source>
        <translation>Merkmalswerte müssen zwischen -{max_value} und {max_value} liegen, aber {what} enthält {bad}</translation>
    </message>
    <message>
        <source>{what} must hold numbers between 0 and 1, not True/False</source>
        <translation>{what} muss Zahlen zwischen 0 und 1 enthalten, nicht True/False</translation>
    </message>
    <message>
        <source>{what} must be lists of numbers between 0 and 1</source>
        <translation>{what} müssen Listen von Zahlen zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>a target vector needs one value per class ({k}), got {shape}</source>
        <translation>ein Zielvektor braucht einen Wert je Klasse ({k}), erhalten: {shape}</translation>
    </message>
    <message>
        <source>one sample needs one target vector of {k} values</source>
        <translation>ein Beispiel braucht einen Zielvektor mit {k} Werten</translation>
    </message>
    <message>
        <source>{n} samples need {n} target vectors of {k} values</source>
        <translation>{n} Beispiele brauchen {n} Zielvektoren mit {k} Werten</translation>
    </message>
    <message>
        <source>{what} contain a value that is not a finite number (NaN or infinity)</source>
        <translation>{what} enthalten einen Wert, der keine endliche Zahl ist (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>target values must lie between 0 and 1 (a sigmoid&apos;s range), but {what} have {bad}</source>
        <translation>Zielwerte müssen zwischen 0 und 1 liegen (der Bereich einer Sigmoidfunktion), aber {what} enthalten {bad}</translation>
    </message>
    <message>
        <source>the {_nouns} must be grids of numbers</source>
        <translation>die {_nouns} müssen Zahlengitter sein</translation>
    </message>
    <message>
        <source>the {_nouns} must form an n×rows×cols array, got shape {shape}</source>
        <translation>die {_nouns} müssen ein Feld n×Zeilen×Spalten bilden, erhaltene Form: {shape}</translation>
    </message>
    <message>
        <source>every sample must be {cols} values, got {shape}</source>
        <translation>jedes Beispiel muss {cols} Werte haben, erhalten: {shape}</translation>
    </message>
    <message>
        <source>every image must be {rows}×{cols} pixels, got {shape}×{shape2}</source>
        <translation>jedes Bild muss {rows}×{cols} Pixel haben, erhalten: {shape}×{shape2}</translation>
    </message>
    <message>
        <source>{n} {_nouns} need {n} labels, got {labels}</source>
        <translation>{n} {_nouns} brauchen {n} Klassen, erhalten: {labels}</translation>
    </message>
    <message>
        <source>the samples of a features dataset are one row of values (shape 1 × n), got {dims}×{dims2}</source>
        <translation>die Beispiele eines Merkmalsdatensatzes sind eine Zeile von Werten (Form 1 × n), erhalten: {dims}×{dims2}</translation>
    </message>
    <message>
        <source>unknown label {_shown}; the classes are {_clipped}</source>
        <translation>unbekannte Klasse {_shown}; die Klassen sind {_clipped}</translation>
    </message>
    <message>
        <source>a label must be a class name or a class number, got {_shown}</source>
        <translation>eine Klasse muss ein Klassenname oder eine Klassennummer sein, erhalten: {_shown}</translation>
    </message>
    <message>
        <source>class number {k} does not exist; there are {_classes} classes</source>
        <translation>Klassennummer {k} gibt es nicht; es gibt {_classes} Klassen</translation>
    </message>
    <message>
        <source>the label {label} is not the class of the largest target value ({largest})</source>
        <translation>die Klasse {label} ist nicht die Klasse des größten Zielwerts ({largest})</translation>
    </message>
    <message>
        <source>a sample number must be a whole number, got {_shown}</source>
        <translation>eine Beispielnummer muss eine ganze Zahl sein, erhalten: {_shown}</translation>
    </message>
    <message>
        <source>there is no sample {i}; the dataset has {self} samples</source>
        <translation>es gibt kein Beispiel {i}; der Datensatz hat {self} Beispiele</translation>
    </message>
    <message>
        <source>sample numbers must lie between 0 and {value}</source>
        <translation>Beispielnummern müssen zwischen 0 und {value} liegen</translation>
    </message>
    <message>
        <source>the test fraction must be a number, got {test_fraction}</source>
        <translation>der Testanteil muss eine Zahl sein, erhalten: {test_fraction}</translation>
    </message>
    <message>
        <source>the test fraction must lie strictly between 0 and 1, got {f}</source>
        <translation>der Testanteil muss echt zwischen 0 und 1 liegen, erhalten: {f}</translation>
    </message>
    <message>
        <source>the starting weights are one of {join}, got {scheme}</source>
        <translation>die Startgewichte sind eines von {join}, erhalten: {scheme}</translation>
    </message>
    <message>
        <source>the range of the starting weights is from 0 to 10, got {scale}</source>
        <translation>der Bereich der Startgewichte reicht von 0 bis 10, erhalten: {scale}</translation>
    </message>
    <message>
        <source>a network has 1 to {max_hidden_layers} hidden layers</source>
        <translation>ein Netz hat 1 bis {max_hidden_layers} verdeckte Schichten</translation>
    </message>
    <message>
        <source>a hidden layer has 1 to {max_nodes} nodes</source>
        <translation>eine verdeckte Schicht hat 1 bis {max_nodes} Knoten</translation>
    </message>
    <message>
        <source>this network has no bias weights</source>
        <extracomment>Relative differences below this count as agreement (documented in docs/DESIGN.md).</extracomment>
        <translation>dieses Netz hat keine Bias-Gewichte</translation>
    </message>
    <message>
        <source>the grid takes 3 to 401 points a side, got {grid}</source>
        <translation>das Gitter nimmt 3 bis 401 Punkte je Seite, erhalten: {grid}</translation>
    </message>
    <message>
        <source>the span must be a positive number up to 1000, got {span}</source>
        <translation>die Spannweite muss eine positive Zahl bis 1000 sein, erhalten: {span}</translation>
    </message>
    <message>
        <source>choose two different weights</source>
        <translation>wählen Sie zwei verschiedene Gewichte</translation>
    </message>
    <message>
        <source>this network has no weight {n}</source>
        <translation>dieses Netz hat kein Gewicht {n}</translation>
    </message>
    <message>
        <source>unknown activation {name}</source>
        <translation>unbekannte Aktivierung {name}</translation>
    </message>
    <message>
        <source>the slope of {name} is not element by element</source>
        <translation>die Steigung von {name} ist nicht elementweise</translation>
    </message>
    <message>
        <source>the loss must be one of {join}, got {loss}</source>
        <translation>die Verlustfunktion muss eine von {join} sein, erhalten: {loss}</translation>
    </message>
    <message>
        <source>a network with {n_layers} weight layers needs {n_layers} activations</source>
        <translation>ein Netz mit {n_layers} Gewichtsschichten braucht {n_layers} Aktivierungen</translation>
    </message>
    <message>
        <source>activation must be one of {join}, got {a}</source>
        <translation>die Aktivierung muss eine von {join} sein, erhalten: {a}</translation>
    </message>
    <message>
        <source>softmax can only be the output layer&apos;s activation</source>
        <translation>Softmax kann nur die Aktivierung der Ausgabeschicht sein</translation>
    </message>
    <message>
        <source>a softmax output goes with the cross-entropy loss, and only with it</source>
        <translation>eine Softmax-Ausgabe gehört zur Kreuzentropie, und nur zu ihr</translation>
    </message>
    <message>
        <source>conventions: {name} must be one of {join}, got {value}</source>
        <translation>Konventionen: {name} muss eines von {join} sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>conventions: update_biases must be true or false, got {got}</source>
        <translation>Konventionen: update_biases muss true oder false sein, erhalten: {got}</translation>
    </message>
    <message>
        <source>conventions must be an object, got {data}</source>
        <translation>die Konventionen müssen ein Objekt sein, erhalten: {data}</translation>
    </message>
    <message>
        <source>conventions: unknown key {unknown} (known: error, bias, update_biases, batch_gradient)</source>
        <translation>Konventionen: unbekannter Schlüssel {unknown} (bekannt: error, bias, update_biases, batch_gradient)</translation>
    </message>
    <message>
        <source>the training mode must be one of {join}, got {mode}</source>
        <extracomment>About how many samples to train between two progress snapshots.</extracomment>
        <translation>der Trainingsmodus muss einer von {join} sein, erhalten: {mode}</translation>
    </message>
    <message>
        <source>epochs must be a whole number from 1 to 1,000,000, got {epochs}</source>
        <translation>die Epochen müssen eine ganze Zahl von 1 bis 1.000.000 sein, erhalten: {epochs}</translation>
    </message>
    <message>
        <source>the batch size must be a positive whole number, got {batch_size}</source>
        <translation>die Batchgröße muss eine positive ganze Zahl sein, erhalten: {batch_size}</translation>
    </message>
    <message>
        <source>the target error must be a number ≥ 0, got {target_error}</source>
        <translation>der Zielfehler muss eine Zahl ≥ 0 sein, erhalten: {target_error}</translation>
    </message>
    <message>
        <source>training needs at least one sample, with one target per sample</source>
        <extracomment>The columns of a :class:`History`, in :class:`EpochResult`&apos;s field order. Every epoch so far (a :class:`History` view; any sequence of EpochResult will do). Online runs of at least this many samples load the compiled loops if they are not loaded yet: about where the NumPy loop (70,000-110,000 samples/s here) would have spent the time Numba takes to load. The same for batches longer than the kernel&apos;s short blocks: compiled they run at twice the NumPy pieces&apos; ~1.3 million samples/s, so it takes this many to gain ~1.5 s.</extracomment>
        <translation>das Training braucht mindestens ein Beispiel, mit einem Zielwert je Beispiel</translation>
    </message>
    <message>
        <source>the number of images per class must be a whole number, got {value}</source>
        <extracomment>The value of the darkest marks: an apple&apos;s stem, a tomato&apos;s calyx. Nothing else in a prototype is this dark. How the shipped ``datasets/fruits-6x6`` files are made: ``generate(TRAIN_PER_CLASS, TRAIN_SEED)`` and ``generate(TEST_PER_CLASS, TEST_SEED)``.</extracomment>
        <translation>die Zahl der Bilder je Klasse muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>the number of images per class must lie between 0 and 100000, got {value}</source>
        <translation>die Zahl der Bilder je Klasse muss zwischen 0 und 100000 liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>a decision map needs a network with two inputs</source>
        <translation>eine Entscheidungskarte braucht ein Netz mit zwei Eingaben</translation>
    </message>
    <message>
        <source>the map takes 2 to 401 points a side, got {n}</source>
        <translation>die Karte nimmt 2 bis 401 Punkte je Seite, erhalten: {n}</translation>
    </message>
    <message>
        <source>a softmax output needs at least two output nodes (classes)</source>
        <extracomment>The paper&apos;s input (x1, x2) and target (&quot;tomato&quot;).</extracomment>
        <translation>eine Softmax-Ausgabe braucht mindestens zwei Ausgabeknoten (Klassen)</translation>
    </message>
    <message>
        <source>conventions must be Conventions, got {type}</source>
        <translation>die Konventionen müssen Conventions sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>layer sizes must be whole numbers, got {layers}</source>
        <translation>die Schichtgrößen müssen ganze Zahlen sein, erhalten: {layers}</translation>
    </message>
    <message>
        <source>a network needs an input layer, at least one hidden layer and an output layer</source>
        <translation>ein Netz braucht eine Eingabeschicht, mindestens eine verborgene Schicht und eine Ausgabeschicht</translation>
    </message>
    <message>
        <source>every layer needs at least one node, got {layers}</source>
        <translation>jede Schicht braucht mindestens einen Knoten, erhalten: {layers}</translation>
    </message>
    <message>
        <source>{n} layers need {m} weight matrices and bias vectors, got {w} and {b}</source>
        <translation>{n} Schichten brauchen {m} Gewichtsmatrizen und Bias-Vektoren, erhalten: {w} und {b}</translation>
    </message>
    <message>
        <source>weights[{l}] must be {rows}×{cols}, got {shape}</source>
        <translation>weights[{l}] muss {rows}×{cols} sein, erhalten: {shape}</translation>
    </message>
    <message>
        <source>biases[{l}] must hold {n} values, got shape {shape}</source>
        <translation>biases[{l}] muss {n} Werte enthalten, erhalten: Form {shape}</translation>
    </message>
    <message>
        <source>weights[{l}] and biases[{l}] must be finite numbers</source>
        <translation>weights[{l}] und biases[{l}] müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>input_shape {shape} does not hold {n} inputs</source>
        <translation>input_shape {shape} fasst nicht {n} Eingaben</translation>
    </message>
    <message>
        <source>{n} output nodes need {n} class names, got {got}</source>
        <translation>{n} Ausgabeknoten brauchen {n} Klassennamen, erhalten: {got}</translation>
    </message>
    <message>
        <source>class names must be different from each other</source>
        <translation>die Klassennamen müssen sich voneinander unterscheiden</translation>
    </message>
    <message>
        <source>the bias input must be a number, got {value}</source>
        <translation>die Bias-Eingabe muss eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>the bias input must be a finite number</source>
        <translation>die Bias-Eingabe muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the bias input must lie between -{most} and {most}</source>
        <translation>die Bias-Eingabe muss zwischen -{most} und {most} liegen</translation>
    </message>
    <message>
        <source>unknown label {label}; the classes are {classes}</source>
        <translation>unbekannte Klasse {label}; die Klassen sind {classes}</translation>
    </message>
    <message>
        <source>the network takes {n} inputs, got an array of shape {shape}</source>
        <translation>das Netz nimmt {n} Eingaben, erhalten: ein Array der Form {shape}</translation>
    </message>
    <message>
        <source>inputs must be finite numbers</source>
        <translation>die Eingaben müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>inputs must lie between -{most} and {most}</source>
        <translation>die Eingaben müssen zwischen -{most} und {most} liegen</translation>
    </message>
    <message>
        <source>the target needs {n} values, got an array of shape {shape}</source>
        <translation>das Ziel braucht {n} Werte, erhalten: ein Array der Form {shape}</translation>
    </message>
    <message>
        <source>targets must be finite numbers</source>
        <translation>die Zielwerte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>targets must lie between -{most} and {most}</source>
        <translation>die Zielwerte müssen zwischen -{most} und {most} liegen</translation>
    </message>
    <message>
        <source>with cross-entropy a target is a probability for each class: its values must add up to 1</source>
        <translation>mit Kreuzentropie ist ein Ziel eine Wahrscheinlichkeit je Klasse: seine Werte müssen sich zu 1 summieren</translation>
    </message>
    <message>
        <source>targets must lie between 0 and 1 (a sigmoid output never leaves that range); soft targets such as {low} and {high} are fine</source>
        <translation>die Zielwerte müssen zwischen 0 und 1 liegen (eine Sigmoid-Ausgabe verlässt diesen Bereich nie); weiche Ziele wie {low} und {high} sind in Ordnung</translation>
    </message>
    <message>
        <source>biases[{l}]: with one bias weight per layer, the layer&apos;s biases must be equal</source>
        <translation>biases[{l}]: mit einem Bias-Gewicht je Schicht müssen die Biases der Schicht gleich sein</translation>
    </message>
    <message>
        <source>biases[{l}]: a network without bias has no bias weights</source>
        <translation>biases[{l}]: ein Netz ohne Bias hat keine Bias-Gewichte</translation>
    </message>
    <message>
        <source>the learning rate must be a number, got {value}</source>
        <translation>die Lernrate muss eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>the learning rate must be a positive finite number, got {value}</source>
        <translation>die Lernrate muss eine positive endliche Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>a learning rate of {value} is too small to change any weight (use at least {least})</source>
        <translation>eine Lernrate von {value} ist zu klein, um irgendein Gewicht zu ändern (nehmen Sie mindestens {least})</translation>
    </message>
    <message>
        <source>a learning rate of {value} is too large to learn anything (use at most {most})</source>
        <translation>eine Lernrate von {value} ist zu groß, um etwas zu lernen (nehmen Sie höchstens {most})</translation>
    </message>
    <message>
        <source>a seed must be a whole number from 0 up, got {value}</source>
        <translation>ein Startwert (Seed) muss eine ganze Zahl ab 0 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>pencil mode rounds to 0 to 12 decimals, got {pencil}</source>
        <extracomment>The chain rule&apos;s factors: sub-steps of their own at the factor level only.</extracomment>
        <translation>der Bleistiftmodus rundet auf 0 bis 12 Nachkommastellen, erhalten: {pencil}</translation>
    </message>
    <message>
        <source>position {position} is outside 0..{last}</source>
        <translation>die Position {position} liegt außerhalb von 0..{last}</translation>
    </message>
    <message>
        <source>pencil mode with {n} decimals cannot work out {what}: an output rounds to 0, whose logarithm is undefined; use more decimals</source>
        <translation>der Bleistiftmodus mit {n} Nachkommastellen kann {what} nicht ausrechnen: eine Ausgabe rundet auf 0, deren Logarithmus nicht definiert ist; nehmen Sie mehr Nachkommastellen</translation>
    </message>
    <message>
        <source>variants are numbered from 1, got {n}</source>
        <translation>die Varianten sind ab 1 nummeriert, erhalten: {n}</translation>
    </message>
    <message>
        <source>no network good for hand work was found for variant {n}</source>
        <translation>für Variante {n} wurde kein Netz gefunden, das sich für die Handrechnung eignet</translation>
    </message>
</context>
<context>
    <name>Classes</name>
    <message>
        <source>red apple</source>
        <extracomment>The classes of the worked example, in one-hot order: red apple = [1, 0], tomato = [0, 1].</extracomment>
        <translation>roter Apfel</translation>
    </message>
    <message>
        <source>tomato</source>
        <translation>Tomate</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a seed is a whole number, not {value}</source>
        <translation>ein Startwert ist eine ganze Zahl, nicht {value}</translation>
    </message>
    <message>
        <source>a seed is a whole number from 0 up, not {value}</source>
        <translation>ein Startwert ist eine ganze Zahl ab 0, nicht {value}</translation>
    </message>
    <message>
        <source>a learning rate is a number, not {value}</source>
        <translation>eine Lernrate ist eine Zahl, nicht {value}</translation>
    </message>
    <message>
        <source>conventions (default: {what})</source>
        <translation>Konventionen (Standard: {what})</translation>
    </message>
    <message>
        <source>half_sum: E = ½ Σ (t − o)² (the paper); sum: Σ (t − o)²; mean: (1/n) Σ (t − o)²</source>
        <translation>half_sum: E = ½ Σ (t − o)² (der Artikel); sum: Σ (t − o)²; mean: (1/n) Σ (t − o)²</translation>
    </message>
    <message>
        <source>per_node: a bias weight per node (the paper); per_layer: one shared by a layer; none: no bias</source>
        <translation>per_node: ein Bias-Gewicht je Knoten (der Artikel); per_layer: eines für die ganze Schicht; none: kein Bias</translation>
    </message>
    <message>
        <source>keep the bias weights fixed (the paper updates them)</source>
        <translation>die Bias-Gewichte festhalten (der Artikel aktualisiert sie)</translation>
    </message>
    <message>
        <source>mean (the paper&apos;s choice for batches) or sum of the samples&apos; gradients</source>
        <translation>Mittelwert (die Wahl des Artikels für Batches) oder Summe der Gradienten der Beispiele</translation>
    </message>
    <message>
        <source>a built-in network</source>
        <translation>ein eingebautes Netz</translation>
    </message>
    <message>
        <source>a model file (fruitnet-model JSON)</source>
        <translation>eine Modelldatei (JSON fruitnet-model)</translation>
    </message>
    <message>
        <source>the input values</source>
        <translation>die Eingabewerte</translation>
    </message>
    <message>
        <source>the target values</source>
        <translation>die Zielwerte</translation>
    </message>
    <message>
        <source>FruitNet on the command line: trace one training iteration, train, check a hand calculation, write worksheets, map the error landscape.</source>
        <translation>FruitNet auf der Kommandozeile: eine Trainingsiteration ausgeben, trainieren, eine Handrechnung prüfen, Arbeitsblätter schreiben, die Fehlerlandschaft abbilden.</translation>
    </message>
    <message>
        <source>print one training iteration, every sub-step with its formula and value</source>
        <translation>eine Trainingsiteration ausgeben, jeden Teilschritt mit Formel und Wert</translation>
    </message>
    <message>
        <source>Print one training iteration of a network, sub-step by sub-step, as the worked example does by hand. With no options: the paper&apos;s 2-2-2 example.</source>
        <translation>Eine Trainingsiteration eines Netzes Teilschritt für Teilschritt ausgeben, wie das Rechenbeispiel von Hand. Ohne Optionen: das 2-2-2-Beispiel des Artikels.</translation>
    </message>
    <message>
        <source>a built-in network (default paper)</source>
        <translation>ein eingebautes Netz (Standard: paper)</translation>
    </message>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <extracomment>The subcommands&apos; parsers, by name (on the top-level parser). What argparse takes for a negative number rather than an option: also ``-inf``, ``-nan`` and ``-1e5`` (its own pattern, ``-1`` and ``-.5`` only, made ``--lr -inf`` &quot;expected one argument&quot; instead of the learning rate&apos;s own message).</extracomment>
        <translation>{prog}: Fehler: {message} (siehe {prog} --help)</translation>
    </message>
    <message>
        <source>a lesson file (.fnlesson), or the name of a lesson FruitNet ships ({names}), found in the language of the output: its network, sample, rounding and the teacher&apos;s notes</source>
        <translation>eine Lektionsdatei (.fnlesson) oder der Name einer mitgelieferten Lektion ({names}), in der Sprache der Ausgabe: ihr Netz, Beispiel, Rundung und die Notizen der Lehrkraft</translation>
    </message>
    <message>
        <source>weights seed of the fruit preset</source>
        <translation>Startwert der Gewichte des Obst-Netzes</translation>
    </message>
    <message>
        <source>round every intermediate to N decimals and carry it forward, as by hand</source>
        <translation>jedes Zwischenergebnis auf N Nachkommastellen runden und weiterverwenden, wie von Hand</translation>
    </message>
    <message>
        <source>quantity: every quantity; factor: also each factor of the chain rule (dEtotal/douty1, douty1/dnety1, ...) (default: quantity)</source>
        <translation>quantity: jede Größe; factor: auch jeden Faktor der Kettenregel (dEtotal/douty1, douty1/dnety1, ...) (Standard: quantity)</translation>
    </message>
    <message>
        <source>learning rate η (default: the model&apos;s; the presets&apos; is 0.5)</source>
        <translation>Lernrate η (Standard: die des Modells; die eingebauten Netze haben 0.5)</translation>
    </message>
    <message>
        <source>beside each gradient, the central finite difference of the error</source>
        <translation>neben jedem Gradienten der zentrale Differenzenquotient des Fehlers</translation>
    </message>
    <message>
        <source>the model&apos;s; the presets follow the paper</source>
        <translation>die des Modells; die eingebauten Netze folgen dem Artikel</translation>
    </message>
    <message>
        <source>train a network on a dataset headless and report error and accuracy per epoch</source>
        <translation>ein Netz ohne Fenster mit einem Datensatz trainieren und Fehler und Genauigkeit je Epoche ausgeben</translation>
    </message>
    <message>
        <source>Train headless. Defaults: the shipped fruit dataset (datasets/fruits-6x6) and the 36-36-2 fruit network, 50 online epochs, learning rate 0.5.</source>
        <translation>Ohne Fenster trainieren. Standard: der mitgelieferte Obst-Datensatz (datasets/fruits-6x6) und das Obst-Netz 36-36-2, 50 Online-Epochen, Lernrate 0.5.</translation>
    </message>
    <message>
        <source>training set: a fruitnet-dataset JSON, a CSV file (.csv) or an image folder (one sub-folder per class), read as the window imports them</source>
        <translation>Trainingsdaten: ein JSON fruitnet-dataset, eine CSV-Datei (.csv) oder ein Bildordner (ein Unterordner je Klasse), gelesen wie beim Import im Fenster</translation>
    </message>
    <message>
        <source>test set (default: the shipped one with the shipped training set; none with --dataset, then the training set is reported on)</source>
        <translation>Testdaten (Standard: die mitgelieferten zu den mitgelieferten Trainingsdaten; keine mit --dataset, dann wird über die Trainingsdaten berichtet)</translation>
    </message>
    <message>
        <source>start from this model file</source>
        <translation>mit dieser Modelldatei beginnen</translation>
    </message>
    <message>
        <source>passes over the training set (default: 50)</source>
        <translation>Durchläufe durch die Trainingsdaten (Standard: 50)</translation>
    </message>
    <message>
        <source>online: one update per image, as in the paper; batch: one update per epoch with the mean gradient; minibatch: one per --batch-size images (default: online)</source>
        <translation>online: eine Aktualisierung je Bild, wie im Artikel; batch: eine je Epoche mit dem mittleren Gradienten; minibatch: eine je --batch-size Bilder (Standard: online)</translation>
    </message>
    <message>
        <source>images per update with --mode minibatch (default: {n})</source>
        <translation>Bilder je Aktualisierung mit --mode minibatch (Standard: {n})</translation>
    </message>
    <message>
        <source>learning rate η (default: 0.5, the paper&apos;s, or the --model file&apos;s)</source>
        <translation>Lernrate η (Standard: 0.5, die des Artikels, oder die der --model-Datei)</translation>
    </message>
    <message>
        <source>the --model file&apos;s, else the paper&apos;s</source>
        <translation>die der --model-Datei, sonst die des Artikels</translation>
    </message>
    <message>
        <source>seed of the starting weights and of the shuffling (default: 0)</source>
        <translation>Startwert der Anfangsgewichte und des Mischens (Standard: 0)</translation>
    </message>
    <message>
        <source>text: a line per epoch and a confusion matrix; json: the settings, every epoch, the confusion matrix and the trained model (default: text)</source>
        <translation>text: eine Zeile je Epoche und eine Konfusionsmatrix; json: die Einstellungen, jede Epoche, die Konfusionsmatrix und das trainierte Modell (Standard: text)</translation>
    </message>
    <message>
        <source>save the trained model here (checked before training starts)</source>
        <translation>das trainierte Modell hier speichern (vor Trainingsbeginn geprüft)</translation>
    </message>
    <message>
        <source>check a hand calculation: which answers are right, and what went wrong</source>
        <translation>eine Handrechnung prüfen: welche Antworten richtig sind und was schiefging</translation>
    </message>
    <message>
        <source>Check a hand calculation of one iteration. ANSWERS is a CSV of name,value rows (names as &apos;fruitnet trace --level factor&apos; prints them). Exit status 0 when every answer is right, 1 when one is wrong, 2 for a bad file.</source>
        <translation>Eine Handrechnung einer Iteration prüfen. ANSWERS ist eine CSV-Datei mit Zeilen Name,Wert (Namen, wie &apos;fruitnet trace --level factor&apos; sie ausgibt). Exit-Status 0, wenn jede Antwort richtig ist, 1, wenn eine falsch ist, 2 bei einer fehlerhaften Datei.</translation>
    </message>
    <message>
        <source>CSV of name,value rows</source>
        <translation>CSV mit Zeilen Name,Wert</translation>
    </message>
    <message>
        <source>the calculation rounds every intermediate to N decimals (default: exact)</source>
        <translation>die Rechnung rundet jedes Zwischenergebnis auf N Nachkommastellen (Standard: exakt)</translation>
    </message>
    <message>
        <source>write a blank worksheet and its answer key (PDF, HTML, Markdown)</source>
        <translation>ein leeres Arbeitsblatt und sein Lösungsblatt schreiben (PDF, HTML, Markdown)</translation>
    </message>
    <message>
        <source>Write a worksheet for one iteration (each sub-step&apos;s formula with a blank) and its answer key, as PDF, HTML and Markdown, into --out DIR; with --variants N a different network for each of N students, a summary key and a Moodle quiz.</source>
        <translation>Ein Arbeitsblatt für eine Iteration (die Formel jedes Teilschritts mit einer Lücke) und sein Lösungsblatt als PDF, HTML und Markdown nach --out DIR schreiben; mit --variants N ein anderes Netz für jeden von N Schülern, eine Lösungsübersicht und ein Moodle-Quiz.</translation>
    </message>
    <message>
        <source>the hand calculation rounds every value to N decimals (default: 4)</source>
        <translation>die Handrechnung rundet jeden Wert auf N Nachkommastellen (Standard: 4)</translation>
    </message>
    <message>
        <source>exact arithmetic instead of pencil</source>
        <translation>exakte Rechnung statt Handrechnung</translation>
    </message>
    <message>
        <source>factor: one line per factor of the chain rule (default: quantity)</source>
        <translation>factor: eine Zeile je Faktor der Kettenregel (Standard: quantity)</translation>
    </message>
    <message>
        <source>page size of the PDF (default: a4)</source>
        <translation>Seitenformat des PDF (Standard: a4)</translation>
    </message>
    <message>
        <source>N different 2-2-2 networks, one per student</source>
        <translation>N verschiedene 2-2-2-Netze, eines je Schüler</translation>
    </message>
    <message>
        <source>seed of the variants, or of the fruit preset (default: 0)</source>
        <translation>Startwert der Varianten oder des Obst-Netzes (Standard: 0)</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>der Ordner, in den geschrieben wird</translation>
    </message>
    <message>
        <source>E_total over a grid of two weights (JSON or a picture)</source>
        <translation>E_total über einem Gitter aus zwei Gewichten (JSON oder Bild)</translation>
    </message>
    <message>
        <source>Write E_total of one sample over a grid of two weights centred on their current values, as JSON ({weights, x, y, error}) or as a PNG picture.</source>
        <translation>E_total eines Beispiels über einem Gitter aus zwei Gewichten, zentriert auf ihre aktuellen Werte, als JSON ({weights, x, y, error}) oder als PNG-Bild schreiben.</translation>
    </message>
    <message>
        <source>the two weights (default: w5 w6)</source>
        <translation>die beiden Gewichte (Standard: w5 w6)</translation>
    </message>
    <message>
        <source>the grid reaches S either side of each weight (default: 1)</source>
        <translation>das Gitter reicht S zu beiden Seiten jedes Gewichts (Standard: 1)</translation>
    </message>
    <message>
        <source>N × N points; odd puts the weights at the centre (default: 41)</source>
        <translation>N × N Punkte; ungerade setzt die Gewichte in die Mitte (Standard: 41)</translation>
    </message>
    <message>
        <source>FILE.json or FILE.png</source>
        <translation>DATEI.json oder DATEI.png</translation>
    </message>
    <message>
        <source>en, fr or de: the language of the output (default: the system&apos;s)</source>
        <translation>en, fr oder de: die Sprache der Ausgabe (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>numbers with a decimal point in French and German too (JSON always has it)</source>
        <translation>Zahlen mit Dezimalpunkt auch auf Französisch und Deutsch (JSON hat ihn immer)</translation>
    </message>
    <message>
        <source>Step through one training iteration of a small neural network, sub-step by sub-step, as the worked example does by hand.</source>
        <translation>Eine Trainingsiteration eines kleinen neuronalen Netzes Teilschritt für Teilschritt durchgehen, wie das Rechenbeispiel von Hand.</translation>
    </message>
    <message>
        <source>open a lesson file (a teacher&apos;s prepared iteration)</source>
        <translation>eine Lektionsdatei öffnen (eine von der Lehrkraft vorbereitete Iteration)</translation>
    </message>
    <message>
        <source>the paper&apos;s 2-2-2 example (default) or the 36-36-2 fruit classifier</source>
        <translation>das 2-2-2-Beispiel des Artikels (Standard) oder der Obst-Klassifikator 36-36-2</translation>
    </message>
    <message>
        <source>open a FruitNet model file (JSON) instead of a preset</source>
        <translation>eine FruitNet-Modelldatei (JSON) statt eines eingebauten Netzes öffnen</translation>
    </message>
    <message>
        <source>seed of the fruit classifier&apos;s random start weights (default 0)</source>
        <translation>Startwert der zufälligen Anfangsgewichte des Obst-Klassifikators (Standard 0)</translation>
    </message>
    <message>
        <source>open variant K of a set of worksheets (with --seed S, the seed printed on it)</source>
        <translation>Variante K einer Reihe von Arbeitsblättern öffnen (mit --seed S, dem darauf gedruckten Startwert)</translation>
    </message>
    <message>
        <source>draw everything X times as large, e.g. 1.5 for a projector (default: the size chosen in View → Size of everything, else 1)</source>
        <translation>alles X-mal so groß zeichnen, z. B. 1.5 für einen Beamer (Standard: die Größe aus Ansicht → Größe von allem, sonst 1)</translation>
    </message>
    <message>
        <source>remember the window layout in this ini file instead of the user&apos;s settings</source>
        <translation>die Fensteranordnung in dieser ini-Datei statt in den Benutzereinstellungen speichern</translation>
    </message>
    <message>
        <source>en, fr or de (default: the one chosen in Help → Language, else the system&apos;s)</source>
        <translation>en, fr oder de (Standard: die unter Hilfe → Sprache gewählte, sonst die des Systems)</translation>
    </message>
    <message>
        <source>numbers with a decimal point whatever the language (French and German use the comma)</source>
        <translation>Zahlen mit Dezimalpunkt in jeder Sprache (Französisch und Deutsch verwenden das Komma)</translation>
    </message>
    <message>
        <source>check this copy of FruitNet offscreen (the paper&apos;s iteration, one epoch of training) and exit: 0 if it works, else 1 and the reason</source>
        <translation>diese Kopie von FruitNet ohne Bildschirm prüfen (die Iteration des Artikels, eine Trainingsepoche) und beenden: 0, wenn sie funktioniert, sonst 1 und der Grund</translation>
    </message>
    <message>
        <source>a scale is a number, not {value}</source>
        <translation>ein Maßstab ist eine Zahl, nicht {value}</translation>
    </message>
    <message>
        <source>a scale is from {low} to {high}, not {value}</source>
        <translation>ein Maßstab liegt zwischen {low} und {high}, nicht {value}</translation>
    </message>
    <message>
        <source>--input needs {n} values for this network, got {got}</source>
        <translation>--input braucht {n} Werte für dieses Netz, erhalten: {got}</translation>
    </message>
    <message>
        <source>--target needs {n} values for this network, got {got}</source>
        <translation>--target braucht {n} Werte für dieses Netz, erhalten: {got}</translation>
    </message>
    <message>
        <source>--out {path}: give a .json or a .png file</source>
        <translation>--out {path}: geben Sie eine .json- oder .png-Datei an</translation>
    </message>
    <message>
        <source>no translation for {code}: give one of {codes}</source>
        <extracomment>The languages FruitNet speaks, by code, each named in its own language (the menu).</extracomment>
        <translation>keine Übersetzung für {code}: geben Sie eine von {codes} an</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>How many test images of each true class the network gave each class</source>
        <translation>Wie viele Testbilder jeder wahren Klasse das Netz jeder Klasse zugeordnet hat</translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <source>a bias weight per node</source>
        <translation>ein Bias-Gewicht je Knoten</translation>
    </message>
    <message>
        <source>one bias weight per layer</source>
        <translation>ein Bias-Gewicht je Schicht</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>kein Bias</translation>
    </message>
    <message>
        <source> (kept fixed)</source>
        <translation> (festgehalten)</translation>
    </message>
    <message>
        <source>batch gradient: mean</source>
        <translation>Batch-Gradient: Mittelwert</translation>
    </message>
    <message>
        <source>batch gradient: sum</source>
        <translation>Batch-Gradient: Summe</translation>
    </message>
    <message>
        <source> (the paper&apos;s)</source>
        <translation> (wie im Artikel)</translation>
    </message>
    <message>
        <source>{error}; {bias}; {batch}{paper}</source>
        <translation>{error}; {bias}; {batch}{paper}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Load the fruit dataset</source>
        <extracomment>The progress dialog of the import that runs, if one does (for tests).</extracomment>
        <translation>Obst-Datensatz laden</translation>
    </message>
    <message>
        <source>The 500 training and 150 test images of red apples and tomatoes that come with FruitNet (switches to the 36-36-2 fruit network if needed)</source>
        <translation>Die 500 Trainings- und 150 Testbilder von roten Äpfeln und Tomaten, die FruitNet mitbringt (wechselt bei Bedarf zum Obst-Netz 36-36-2)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import image folder…</source>
        <translation>Bildordner importieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export image folder…</source>
        <translation>Als Bildordner exportieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation>Zeichnung hinzufügen</translation>
    </message>
    <message>
        <source>Add the image in the editor, with its label, to this set</source>
        <translation>Das Bild im Editor mit seiner Klasse zu diesen Daten hinzufügen</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Klasse wechseln</translation>
    </message>
    <message>
        <source>Give the selected image the other class (the arrow: choose)</source>
        <translation>Dem gewählten Bild die andere Klasse geben (Pfeil: auswählen)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected image (Delete key)</source>
        <translation>Das gewählte Bild löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>Added the drawing as “{label}”.</source>
        <translation>Zeichnung als „{label}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Deleted sample {n}.</source>
        <translation>Beispiel {n} gelöscht.</translation>
    </message>
    <message>
        <source>Sample {n} is now labelled “{label}”.</source>
        <translation>Beispiel {n} hat jetzt die Klasse „{label}“.</translation>
    </message>
    <message>
        <source>The test set is empty.</source>
        <translation>Die Testdaten sind leer.</translation>
    </message>
    <message>
        <source>The training set is empty.</source>
        <translation>Die Trainingsdaten sind leer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; samples: {counts}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Beispiele: {counts}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; images: {counts}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Bilder: {counts}</translation>
    </message>
    <message>
        <source> ({n} features each)</source>
        <translation> (je {n} Merkmale)</translation>
    </message>
    <message>
        <source> · {n} with soft targets</source>
        <translation> · {n} mit weichen Zielwerten</translation>
    </message>
    <message>
        <source>The network gets &lt;b&gt;{right}&lt;/b&gt; of {n} right ({percent})</source>
        <translation>Das Netz erkennt &lt;b&gt;{right}&lt;/b&gt; von {n} richtig ({percent})</translation>
    </message>
    <message>
        <source>No predictions: the network reads {n} inputs of {classes}.</source>
        <translation>Keine Vorhersagen: Das Netz liest {n} Eingaben für die Klassen {classes}.</translation>
    </message>
    <message>
        <source>as {name}</source>
        <translation>als {name}</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <extracomment>File dialogs: title, name filters (None: a folder), suffix added on save, method.</extracomment>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>FruitNet dataset (*.json);;All files (*)</source>
        <translation>FruitNet-Datensatz (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the dataset</source>
        <translation>Datensatz speichern</translation>
    </message>
    <message>
        <source>FruitNet dataset (*.json)</source>
        <translation>FruitNet-Datensatz (*.json)</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import a folder with one sub-folder per class</source>
        <translation>Ordner mit einem Unterordner je Klasse importieren</translation>
    </message>
    <message>
        <source>Export images into a new or empty folder</source>
        <translation>Bilder in einen neuen oder leeren Ordner exportieren</translation>
    </message>
    <message>
        <source>{n} samples of {m} features</source>
        <extracomment>A slow import shows its progress dialog once it has taken this long (ms).</extracomment>
        <translation>{n} Beispiele mit {m} Merkmalen</translation>
    </message>
    <message>
        <source>Not loaded: the network was kept.</source>
        <translation>Nicht geladen: Das Netz wurde behalten.</translation>
    </message>
    <message>
        <source> Switched to the 36-36-2 fruit network, which reads 6×6 images.</source>
        <translation> Zum Obst-Netz 36-36-2 gewechselt, das 6×6-Bilder liest.</translation>
    </message>
    <message>
        <source>Loaded {n} training and {m} test images.</source>
        <translation>{n} Trainings- und {m} Testbilder geladen.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the images in {name}…</source>
        <translation>Die Bilder in {name} werden gelesen…</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} Merkmale</translation>
    </message>
    <message>
        <source>these images</source>
        <translation>diese Bilder</translation>
    </message>
    <message>
        <source> with a softmax output per class</source>
        <translation> mit einer Softmax-Ausgabe je Klasse</translation>
    </message>
    <message>
        <source> Switched to a new {layers} network{out}, which reads {reads}.</source>
        <translation> Zu einem neuen Netz {layers}{out} gewechselt, das {reads} liest.</translation>
    </message>
    <message>
        <source>the samples are {cols} features of {classes}, but the network reads {n} inputs of {net_classes}</source>
        <translation>die Beispiele sind {cols} Merkmale von {classes}, aber das Netz liest {n} Eingaben von {net_classes}</translation>
    </message>
    <message>
        <source>the images are {rows}×{cols} of {classes}, but the network reads {n} inputs of {net_classes}</source>
        <translation>die Bilder sind {rows}×{cols} groß, mit {classes}, aber das Netz liest {n} Eingaben von {net_classes}</translation>
    </message>
    <message>
        <source>Loaded {what} into the test set from {name}.</source>
        <translation>{what} aus {name} in die Testdaten geladen.</translation>
    </message>
    <message>
        <source>Loaded {what} into the training set from {name}.</source>
        <translation>{what} aus {name} in die Trainingsdaten geladen.</translation>
    </message>
    <message>
        <source>the test set is empty: there is nothing to save</source>
        <translation>die Testdaten sind leer: Es gibt nichts zu speichern</translation>
    </message>
    <message>
        <source>the training set is empty: there is nothing to save</source>
        <translation>die Trainingsdaten sind leer: Es gibt nichts zu speichern</translation>
    </message>
    <message>
        <source>Saved the {what} of the test set to {name}.</source>
        <translation>Die {what} der Testdaten wurden in {name} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the {what} of the training set to {name}.</source>
        <translation>Die {what} der Trainingsdaten wurden in {name} gespeichert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Sample {n}: {label}</source>
        <extracomment>Cell size of one thumbnail in the list, and the largest side of its image. Custom item data roles. A features thumbnail: bars this many levels high, at most this many bars (more features are averaged in groups), each bar about BAR_SPAN // features pixels wide.</extracomment>
        <translation>Beispiel {n}: {label}</translation>
    </message>
    <message>
        <source>Values {values}</source>
        <translation>Werte {values}</translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation>Zielwert {target}</translation>
    </message>
    <message>
        <source>The network says {said} (right); outputs {outs}</source>
        <translation>Das Netz sagt {said} (richtig); Ausgaben {outs}</translation>
    </message>
    <message>
        <source>The network says {said} (wrong); outputs {outs}</source>
        <translation>Das Netz sagt {said} (falsch); Ausgaben {outs}</translation>
    </message>
    <message>
        <source>net: {name}</source>
        <translation>Netz: {name}</translation>
    </message>
    <message>
        <source>No images yet.

Load the fruit dataset, open a file, or draw in the editor and press “Add drawing”.</source>
        <translation>Noch keine Bilder.

Laden Sie den Obst-Datensatz, öffnen Sie eine Datei oder zeichnen Sie im Editor und drücken Sie „Zeichnung hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>DatasetBrowser</name>
    <message>
        <source>Dataset browser</source>
        <extracomment>While training, predictions are refreshed at most this often (s).</extracomment>
        <translation>Datensatz-Browser</translation>
    </message>
    <message>
        <source>The training and test images; choose one to step through it</source>
        <translation>Die Trainings- und Testbilder; wählen Sie eines, um es schrittweise durchzurechnen</translation>
    </message>
    <message>
        <source>Images of the dataset, with predictions</source>
        <translation>Bilder des Datensatzes, mit Vorhersagen</translation>
    </message>
    <message>
        <source>Arrow keys choose an image to step through; Delete removes it</source>
        <translation>Pfeiltasten wählen ein Bild zum Durchrechnen; Entf entfernt es</translation>
    </message>
</context>
<context>
    <name>DatasetFile</name>
    <message>
        <source>the text {text}</source>
        <extracomment>The version written when a dataset needs it (features, or soft targets); plain labelled images are written as version 1. Versions this FruitNet reads. More samples than this are refused: far beyond what a teaching app trains on. Most pixels (rows × columns) a dataset&apos;s images may have: the most inputs a network has. Most pixel values (images × pixels) in one dataset. Larger image files are refused before they are decoded (a &quot;decompression bomb&quot;). Rows of a CSV file (and images of a folder) handled between two progress reports. Told how far a slow import is (0 to 1); returning False cancels it. Files with these endings are read from an image folder; every other file is skipped. Keys only version 2 knows (``kind`` is optional there: ``&quot;images&quot;`` by default). A version 2 sample: a label, a target or both, and its values (pixels or values).</extracomment>
        <translation>der Text {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>eine riesige Zahl</translation>
    </message>
    <message>
        <source>{n} value</source>
        <translation>{n} Wert</translation>
    </message>
    <message>
        <source>{n} number</source>
        <translation>{n} Zahl</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <source>{n} values</source>
        <translation>{n} Werte</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>{n} Zahlen</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>the image shape must be two whole numbers from 1 up (rows, columns)</source>
        <translation>die Bildform muss aus zwei ganzen Zahlen ab 1 bestehen (Zeilen, Spalten)</translation>
    </message>
    <message>
        <source>{n} features are more than FruitNet takes: at most {most} (the most inputs a network has)</source>
        <translation>{n} Merkmale sind mehr, als FruitNet nimmt: höchstens {most} (die meisten Eingaben, die ein Netz hat)</translation>
    </message>
    <message>
        <source>images of {rows}×{cols} pixels are larger than FruitNet takes: at most {most} pixels ({side}×{side})</source>
        <translation>Bilder mit {rows}×{cols} Pixeln sind größer, als FruitNet nimmt: höchstens {most} Pixel ({side}×{side})</translation>
    </message>
    <message>
        <source>the image shape must be two whole numbers, got {what}</source>
        <translation>die Bildform muss aus zwei ganzen Zahlen bestehen, erhalten: {what}</translation>
    </message>
    <message>
        <source>{n} samples of {cols} features are {values} values, more than the limit of {most}</source>
        <translation>{n} Beispiele mit {cols} Merkmalen sind {values} Werte, mehr als die Grenze von {most}</translation>
    </message>
    <message>
        <source>{n} images of {rows}×{cols} are {values} pixel values, more than the limit of {most}</source>
        <translation>{n} Bilder mit {rows}×{cols} sind {values} Pixelwerte, mehr als die Grenze von {most}</translation>
    </message>
    <message>
        <source>{n} samples are more than the limit of {most}</source>
        <translation>{n} Beispiele sind mehr als die Grenze von {most}</translation>
    </message>
    <message>
        <source>not a valid CSV file ({reason} on line {line})</source>
        <translation>keine gültige CSV-Datei ({reason} in Zeile {line})</translation>
    </message>
    <message>
        <source>more than the limit of {most} samples</source>
        <extracomment>Characters a pixel cell may hold; anything else (``nan``, ``inf``, ``1_0``) is no number here, and a chunk without them is converted in one call.</extracomment>
        <translation>mehr als die Grenze von {most} Beispielen</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is not a number</source>
        <translation>Zeile {line}, Spalte {column}: {cell} ist keine Zahl</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is outside the pixel range 0 to 1</source>
        <translation>Zeile {line}, Spalte {column}: {cell} liegt außerhalb des Pixelbereichs 0 bis 1</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is outside the target range 0 to 1</source>
        <translation>Zeile {line}, Spalte {column}: {cell} liegt außerhalb des Zielbereichs 0 bis 1</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is outside the feature range -{most} to {most}</source>
        <translation>Zeile {line}, Spalte {column}: {cell} liegt außerhalb des Merkmalsbereichs -{most} bis {most}</translation>
    </message>
    <message>
        <source>the header names the label in column {j}; it must be the first</source>
        <extracomment>A header cell naming a target column: ``t_`` and the class name.</extracomment>
        <translation>die Kopfzeile nennt die Klasse (label) in Spalte {j}; sie muss die erste sein</translation>
    </message>
    <message>
        <source>the target columns: {problem}</source>
        <translation>die Zielspalten: {problem}</translation>
    </message>
    <message>
        <source>the target columns name the classes {names}, not {wanted} (the network&apos;s)</source>
        <translation>die Zielspalten nennen die Klassen {names}, nicht {wanted} (die des Netzes)</translation>
    </message>
    <message>
        <source>the header names no value columns (features, or pixels p1 … pN)</source>
        <translation>die Kopfzeile nennt keine Wertespalten (Merkmale oder Pixel p1 … pN)</translation>
    </message>
    <message>
        <source>the header names neither a label column (first, named label) nor target columns ({prefix}&lt;class&gt;)</source>
        <translation>die Kopfzeile nennt weder eine Klassenspalte (die erste, namens label) noch Zielspalten ({prefix}&lt;Klasse&gt;)</translation>
    </message>
    <message>
        <source>the header names {n} pixel columns; {rows}×{cols} images need {wanted}</source>
        <translation>die Kopfzeile nennt {n} Pixelspalten; Bilder mit {rows}×{cols} brauchen {wanted}</translation>
    </message>
    <message>
        <source>line {line} has {n} columns, but the header row has {wanted} columns</source>
        <translation>Zeile {line} hat {n} Spalten, aber die Kopfzeile hat {wanted} Spalten</translation>
    </message>
    <message>
        <source>{where} {label} is not the class of its largest target value ({wanted})</source>
        <translation>{where} {label} ist nicht die Klasse des größten Zielwerts ({wanted})</translation>
    </message>
    <message>
        <source>line {line}: the label</source>
        <translation>Zeile {line}: das Label</translation>
    </message>
    <message>
        <source>{n} columns: {problem}</source>
        <translation>{n} Spalten: {problem}</translation>
    </message>
    <message>
        <source>line {line} has no label</source>
        <translation>Zeile {line} hat keine Klasse (label)</translation>
    </message>
    <message>
        <source>line {line}: the label {label} is not one of {names}</source>
        <translation>Zeile {line}: die Klasse {label} ist keine von {names}</translation>
    </message>
    <message>
        <source>the first row has no pixel columns after the label</source>
        <translation>die erste Zeile hat nach der Klasse keine Pixelspalten</translation>
    </message>
    <message>
        <source>the header row has {n} columns; {rows}×{cols} images need {wanted} (label, p1 ... p{pixels})</source>
        <translation>die Kopfzeile hat {n} Spalten; Bilder mit {rows}×{cols} brauchen {wanted} (label, p1 ... p{pixels})</translation>
    </message>
    <message>
        <source>line {line} has {n} columns; {rows}×{cols} images need {wanted} (the label, then the pixels row by row)</source>
        <translation>Zeile {line} hat {n} Spalten; Bilder mit {rows}×{cols} brauchen {wanted} (die Klasse, dann die Pixel Zeile für Zeile)</translation>
    </message>
    <message>
        <source>the images are {rows}×{cols}, not {want_rows}×{want_cols}</source>
        <translation>die Bilder sind {rows}×{cols} groß, nicht {want_rows}×{want_cols}</translation>
    </message>
    <message>
        <source>the classes are {names}, not {wanted}</source>
        <translation>die Klassen sind {names}, nicht {wanted}</translation>
    </message>
    <message>
        <source>dataset version {version} is newer than this FruitNet reads (versions 1 and {newest})</source>
        <translation>die Datensatzversion {version} ist neuer, als dieses FruitNet liest (Versionen 1 und {newest})</translation>
    </message>
    <message>
        <source>unsupported dataset version {what} (this FruitNet reads versions 1 and {newest})</source>
        <translation>nicht unterstützte Datensatzversion {what} (dieses FruitNet liest die Versionen 1 und {newest})</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is new in version 2; a version 1 dataset holds images</source>
        <translation>&quot;kind&quot; ist neu in Version 2; ein Datensatz der Version 1 enthält Bilder</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;images&quot; or &quot;features&quot;, not {what}</source>
        <translation>&quot;kind&quot; muss &quot;images&quot; oder &quot;features&quot; sein, nicht {what}</translation>
    </message>
    <message>
        <source>a dataset file holds one JSON object, not {what}</source>
        <translation>eine Datensatzdatei enthält ein JSON-Objekt, nicht {what}</translation>
    </message>
    <message>
        <source>not a FruitNet dataset (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>kein FruitNet-Datensatz (kein &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>not a FruitNet dataset (its format is {what})</source>
        <translation>kein FruitNet-Datensatz (sein Format ist {what})</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; is missing</source>
        <translation>der Schlüssel &quot;{key}&quot; fehlt</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; (a dataset has {keys})</source>
        <translation>unbekannter Schlüssel &quot;{key}&quot; (ein Datensatz hat {keys})</translation>
    </message>
    <message>
        <source>&quot;shape&quot; must be [rows, columns], two whole numbers from 1 up</source>
        <translation>&quot;shape&quot; muss [Zeilen, Spalten] sein, zwei ganze Zahlen ab 1</translation>
    </message>
    <message>
        <source>&quot;shape&quot; of a features dataset must be [1, n] (one row of n values), got [{rows}, {cols}]</source>
        <translation>&quot;shape&quot; eines Merkmalsdatensatzes muss [1, n] sein (eine Zeile mit n Werten), erhalten: [{rows}, {cols}]</translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be a list of class names, not {what}</source>
        <translation>&quot;classes&quot; muss eine Liste von Klassennamen sein, nicht {what}</translation>
    </message>
    <message>
        <source>&quot;classes&quot; is empty; a dataset needs at least one class</source>
        <translation>&quot;classes&quot; ist leer; ein Datensatz braucht mindestens eine Klasse</translation>
    </message>
    <message>
        <source>&quot;classes&quot; has {n} names, more than the limit of {most}</source>
        <translation>&quot;classes&quot; hat {n} Namen, mehr als die Grenze von {most}</translation>
    </message>
    <message>
        <source>classes[{i}] must be a non-empty name, not {what}</source>
        <translation>classes[{i}] muss ein nicht leerer Name sein, nicht {what}</translation>
    </message>
    <message>
        <source>the class {name} is listed twice</source>
        <translation>die Klasse {name} steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>&quot;samples&quot; must be a list, not {what}</source>
        <translation>&quot;samples&quot; muss eine Liste sein, nicht {what}</translation>
    </message>
    <message>
        <source>samples[{i}] must be an object with a label and {key}, not {what}</source>
        <translation>samples[{i}] muss ein Objekt mit einer Klasse und {key} sein, nicht {what}</translation>
    </message>
    <message>
        <source>samples[{i}] has an unknown key &quot;{key}&quot; ({has})</source>
        <translation>samples[{i}] hat einen unbekannten Schlüssel &quot;{key}&quot; ({has})</translation>
    </message>
    <message>
        <source>samples[{i}] has no &quot;{key}&quot;</source>
        <translation>samples[{i}] hat kein &quot;{key}&quot;</translation>
    </message>
    <message>
        <source>samples[{i}] has no &quot;label&quot; or &quot;target&quot;</source>
        <translation>samples[{i}] hat weder &quot;label&quot; noch &quot;target&quot;</translation>
    </message>
    <message>
        <source>a sample has label and pixels; target needs version 2</source>
        <translation>ein Beispiel hat label und pixels; target braucht Version 2</translation>
    </message>
    <message>
        <source>a sample has {keys}</source>
        <translation>ein Beispiel hat {keys}</translation>
    </message>
    <message>
        <source>samples[{i}].label must be a class name, not {what}</source>
        <translation>samples[{i}].label muss ein Klassenname sein, nicht {what}</translation>
    </message>
    <message>
        <source>samples[{i}].label {label} is not one of the classes ({names})</source>
        <translation>samples[{i}].label {label} ist keine der Klassen ({names})</translation>
    </message>
    <message>
        <source>samples[{i}].target must be {count} (one per class), got {got}</source>
        <translation>samples[{i}].target muss {count} sein (eine je Klasse), erhalten: {got}</translation>
    </message>
    <message>
        <source>{where} is {what}; targets must be numbers</source>
        <translation>{where} ist {what}; Zielwerte müssen Zahlen sein</translation>
    </message>
    <message>
        <source>{where} is {what}; targets must lie between 0 and 1</source>
        <translation>{where} ist {what}; Zielwerte müssen zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>samples[{i}].pixels must be {rows} rows of {cols} numbers (the shape), got {got}</source>
        <translation>samples[{i}].pixels muss aus {rows} Zeilen mit {cols} Zahlen bestehen (die Form), erhalten: {got}</translation>
    </message>
    <message>
        <source>{where} must hold {cols} numbers (the shape), got {got}</source>
        <translation>{where} muss {cols} Zahlen enthalten (die Form), erhalten: {got}</translation>
    </message>
    <message>
        <source>{where} is {what}; pixels must be numbers</source>
        <translation>{where} ist {what}; Pixel müssen Zahlen sein</translation>
    </message>
    <message>
        <source>{where} is {what}; pixels must lie between 0 and 1</source>
        <translation>{where} ist {what}; Pixel müssen zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>{where} must be {n} numbers (the shape), got {got}</source>
        <translation>{where} muss aus {n} Zahlen bestehen (die Form), erhalten: {got}</translation>
    </message>
    <message>
        <source>{where} is {what}; values must be numbers</source>
        <translation>{where} ist {what}; Werte müssen Zahlen sein</translation>
    </message>
    <message>
        <source>{where} is {what}; values must lie between -{most} and {most}</source>
        <translation>{where} ist {what}; Werte müssen zwischen -{most} und {most} liegen</translation>
    </message>
    <message>
        <source>holds more samples than the limit of {most}</source>
        <translation>enthält mehr Beispiele als die Grenze von {most}</translation>
    </message>
    <message>
        <source>only a Dataset can be saved as a dataset, not {type}</source>
        <translation>nur ein Dataset kann als Datensatz gespeichert werden, nicht {type}</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Decision map</source>
        <extracomment>Colour-blind-safe class colours (Okabe and Ito): orange, sky blue, green, purple, …</extracomment>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>The class the network gives at each point of the two inputs</source>
        <translation>Die Klasse, die das Netz an jedem Punkt der beiden Eingaben liefert</translation>
    </message>
    <message>
        <source>Decision map over the input plane</source>
        <translation>Entscheidungskarte über der Eingabeebene</translation>
    </message>
</context>
<context>
    <name>DesignerDialog</name>
    <message>
        <source>Nodes in hidden layer {k}</source>
        <translation>Knoten der verdeckten Schicht {k}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {k}</source>
        <translation>Aktivierung der verdeckten Schicht {k}</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>start it on a computer with a screen; `FruitNet --self-test` checks this copy without one, and QT_QPA_PLATFORM=offscreen runs the window without a screen (scripts, CI)</source>
        <translation>starten Sie es auf einem Computer mit Bildschirm; `FruitNet --self-test` prüft diese Kopie ohne Bildschirm, und QT_QPA_PLATFORM=offscreen öffnet das Fenster ohne Bildschirm (Skripte, CI)</translation>
    </message>
    <message>
        <source>use `fruitnet trace` for the iteration as text, or set QT_QPA_PLATFORM=offscreen to run the window without a screen (scripts, CI)</source>
        <translation>nutzen Sie `fruitnet trace` für die Iteration als Text, oder setzen Sie QT_QPA_PLATFORM=offscreen, um das Fenster ohne Bildschirm zu starten (Skripte, CI)</translation>
    </message>
    <message>
        <source>FruitNet: {problem}; {advice}</source>
        <translation>FruitNet: {problem}; {advice}</translation>
    </message>
    <message>
        <source>fruitnet-gui: {problem}; {advice}</source>
        <translation>fruitnet-gui: {problem}; {advice}</translation>
    </message>
    <message>
        <source>no X display: QT_QPA_PLATFORM is xcb but DISPLAY is not set</source>
        <translation>keine X-Anzeige: QT_QPA_PLATFORM ist xcb, aber DISPLAY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no display: the Wayland display {name} does not answer and DISPLAY is not set</source>
        <translation>keine Anzeige: die Wayland-Anzeige {name} antwortet nicht und DISPLAY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>keine Anzeige: weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt</translation>
    </message>
    <message>
        <source>cannot open the X display {name}: the system library libxcb is missing (Debian/Ubuntu: libxcb1)</source>
        <translation>die X-Anzeige {name} lässt sich nicht öffnen: die Systembibliothek libxcb fehlt (Debian/Ubuntu: libxcb1)</translation>
    </message>
    <message>
        <source>cannot open the X display {name} (no X server answers there, or it refused us)</source>
        <translation>die X-Anzeige {name} lässt sich nicht öffnen (dort antwortet kein X-Server, oder er hat uns abgewiesen)</translation>
    </message>
    <message>
        <source>Qt&apos;s X11 plugin cannot be loaded: {reason}</source>
        <translation>das X11-Plugin von Qt lässt sich nicht laden: {reason}</translation>
    </message>
    <message>
        <source>Qt&apos;s X11 plugin needs the system library {library}, which is missing (Debian/Ubuntu: sudo apt install {package})</source>
        <translation>das X11-Plugin von Qt braucht die Systembibliothek {library}, die fehlt (Debian/Ubuntu: sudo apt install {package})</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>Error plot: E_total after each iteration</source>
        <translation>Fehlerkurve: E_total nach jeder Iteration</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>E_total per iteration</source>
        <translation>E_total je Iteration</translation>
    </message>
    <message>
        <source>E_total after iteration {n}: {value}</source>
        <translation>E_total nach Iteration {n}: {value}</translation>
    </message>
    <message>
        <source>No iteration done yet</source>
        <translation>Noch keine Iteration durchgeführt</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;b&gt;Ready.&lt;/b&gt; Press &lt;b&gt;Step&lt;/b&gt; (→ or Space) to reveal the first sub-step. The forward pass comes first (Step 2 of the worked example): for each node its net input, then its sigmoid.</source>
        <translation>&lt;b&gt;Bereit.&lt;/b&gt; Drücken Sie &lt;b&gt;Weiter&lt;/b&gt; (→ oder Leertaste), um den ersten Teilschritt aufzudecken. Zuerst kommt der Vorwärtsdurchlauf (Schritt 2 des Rechenbeispiels): für jeden Knoten seine Netzeingabe, dann seine Sigmoidfunktion.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output of the layer before</source>
        <translation>Ausgabe der vorigen Schicht</translation>
    </message>
    <message>
        <source> (this network has no bias)</source>
        <translation> (dieses Netz hat keinen Bias)</translation>
    </message>
    <message>
        <source>, plus the bias weight {bias} (shared by the whole layer) times the bias input {bias_input}</source>
        <translation>, plus das Bias-Gewicht {bias} (der ganzen Schicht gemeinsam) mal den Bias-Eingang {bias_input}</translation>
    </message>
    <message>
        <source>, plus the bias weight {bias} times the bias input {bias_input}</source>
        <translation>, plus das Bias-Gewicht {bias} mal den Bias-Eingang {bias_input}</translation>
    </message>
    <message>
        <source>The &lt;b&gt;net input&lt;/b&gt; of {node} is the weighted sum of what flows into it: every {what} times the weight on its edge{plus}. Nothing is squashed yet.</source>
        <translation>Die &lt;b&gt;Netzeingabe&lt;/b&gt; von {node} ist die gewichtete Summe dessen, was in ihn hineinfließt: jede {what} mal das Gewicht auf ihrer Kante{plus}. Die Sigmoidfunktion wird erst danach angewandt.</translation>
    </message>
    <message>
        <source>the network&apos;s answer: how sure it is that the image is a &lt;i&gt;{cls}&lt;/i&gt;</source>
        <translation>die Antwort des Netzes: wie sicher es ist, dass das Bild ein(e) &lt;i&gt;{cls}&lt;/i&gt; ist</translation>
    </message>
    <message>
        <source>what the node passes on to the next layer</source>
        <translation>das, was der Knoten an die nächste Schicht weitergibt</translation>
    </message>
    <message>
        <source>The &lt;b&gt;sigmoid&lt;/b&gt; f(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) squashes the net input into the range 0 to 1. {out} is {role}.</source>
        <translation>Die &lt;b&gt;Sigmoidfunktion&lt;/b&gt; f(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) bildet die Netzeingabe auf den Bereich zwischen 0 und 1 ab. {out} ist {role}.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;error&lt;/b&gt; of output {node} is half the squared difference between its target and what the network gave. The ½ makes the derivative in Step 4 come out without a factor 2.</source>
        <translation>Der &lt;b&gt;Fehler&lt;/b&gt; der Ausgabe {node} ist die Hälfte der quadrierten Differenz zwischen ihrem Zielwert und dem, was das Netz geliefert hat. Das ½ sorgt dafür, dass die Ableitung in Schritt 4 ohne Faktor 2 auskommt.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;error&lt;/b&gt; of output {node} is the squared difference between its target and what the network gave (this network&apos;s error convention has no ½, so the derivative in Step 4 carries a factor 2).</source>
        <translation>Der &lt;b&gt;Fehler&lt;/b&gt; der Ausgabe {node} ist die quadrierte Differenz zwischen ihrem Zielwert und dem, was das Netz geliefert hat (die Fehlerkonvention dieses Netzes hat kein ½, daher trägt die Ableitung in Schritt 4 einen Faktor 2).</translation>
    </message>
    <message>
        <source>The &lt;b&gt;total error&lt;/b&gt; averages the errors of all outputs: one number for how wrong the network is on this sample. Learning means making it smaller.</source>
        <translation>Der &lt;b&gt;Gesamtfehler&lt;/b&gt; mittelt die Fehler aller Ausgaben: eine einzige Zahl dafür, wie falsch das Netz bei diesem Beispiel liegt. Lernen heißt, ihn kleiner zu machen.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;total error&lt;/b&gt; adds the errors of all outputs: one number for how wrong the network is on this sample. Learning means making it smaller.</source>
        <translation>Der &lt;b&gt;Gesamtfehler&lt;/b&gt; addiert die Fehler aller Ausgaben: eine einzige Zahl dafür, wie falsch das Netz bei diesem Beispiel liegt. Lernen heißt, ihn kleiner zu machen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient descent&lt;/b&gt; moves {weight} against its gradient, by the learning rate η = {lr} times the gradient: a positive gradient (more {weight}, more error) makes the weight smaller, a negative one makes it larger. Every gradient used the old weights; the new values take effect only now.</source>
        <translation>Der &lt;b&gt;Gradientenabstieg&lt;/b&gt; verschiebt {weight} entgegen seinem Gradienten, um die Lernrate η = {lr} mal den Gradienten: Ein positiver Gradient (mehr {weight}, mehr Fehler) macht das Gewicht kleiner, ein negativer macht es größer. Alle Gradienten wurden mit den alten Gewichten berechnet; die neuen Werte gelten erst jetzt.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;first partial derivative&lt;/b&gt;: how the total error changes with this output. Only this output&apos;s own error term depends on it, and the derivative of its squared difference is the difference itself (out − target).</source>
        <translation>Die &lt;b&gt;erste partielle Ableitung&lt;/b&gt;: wie sich der Gesamtfehler mit dieser Ausgabe ändert. Nur der eigene Fehlerterm dieser Ausgabe hängt von ihr ab, und die Ableitung seiner quadrierten Differenz ist die Differenz selbst (out − target).</translation>
    </message>
    <message>
        <source>How the total error changes with the output of {node}: it reaches the error through every node of the next layer, so the parts coming back from each of them are added.</source>
        <translation>Wie sich der Gesamtfehler mit der Ausgabe von {node} ändert: Sie erreicht den Fehler über jeden Knoten der nächsten Schicht, daher werden die Anteile, die von jedem von ihnen zurückkommen, addiert.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;second partial derivative&lt;/b&gt;: the slope of the sigmoid at this node, f′(net) = out × (1 − out). It is largest ({quarter}) when out is {half} and small when the node is nearly saturated.</source>
        <translation>Die &lt;b&gt;zweite partielle Ableitung&lt;/b&gt;: die Steigung der Sigmoidfunktion an diesem Knoten, f′(net) = out × (1 − out). Sie ist am größten ({quarter}), wenn out gleich {half} ist, und klein, wenn der Knoten fast gesättigt ist.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;error term&lt;/b&gt; of {node}: the first two factors multiplied, ∂E&lt;sub&gt;total&lt;/sub&gt;/∂net. Every weight into this node, and the nodes before it, use it again.</source>
        <translation>Der &lt;b&gt;Fehlerterm&lt;/b&gt; von {node}: die ersten beiden Faktoren multipliziert, ∂E&lt;sub&gt;total&lt;/sub&gt;/∂net. Jedes Gewicht, das in diesen Knoten führt, und die Knoten davor verwenden ihn wieder.</translation>
    </message>
    <message>
        <source>One part of the error that comes back to a hidden node: the error term of one output times the (old) weight that connects them. The paper calls these the first and the second term.</source>
        <translation>Ein Teil des Fehlers, der zu einem verdeckten Knoten zurückkommt: der Fehlerterm einer Ausgabe mal das (alte) Gewicht, das beide verbindet. Der Artikel nennt diese den ersten und den zweiten Term.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;third partial derivative&lt;/b&gt;: how the net input changes with this weight. The net input is a sum of value × weight, so it is the value that travels along the weight.</source>
        <translation>Die &lt;b&gt;dritte partielle Ableitung&lt;/b&gt;: wie sich die Netzeingabe mit diesem Gewicht ändert. Die Netzeingabe ist eine Summe aus Wert × Gewicht, also ist es der Wert, der über dieses Gewicht läuft.</translation>
    </message>
    <message>
        <source>How much E&lt;sub&gt;total&lt;/sub&gt; changes when {weight} changes a little, every other weight held fixed. </source>
        <translation>Wie stark sich E&lt;sub&gt;total&lt;/sub&gt; ändert, wenn sich {weight} ein wenig ändert und alle anderen Gewichte festgehalten werden. </translation>
    </message>
    <message>
        <source>This bias weight is shared by every node of the layer, so its gradient adds the error terms of all of them, times the bias input.</source>
        <translation>Dieses Bias-Gewicht teilen sich alle Knoten der Schicht, daher addiert sein Gradient die Fehlerterme aller Knoten, mal den Bias-Eingang.</translation>
    </message>
    <message>
        <source>A bias weight is fed by the constant bias input {bias_input}, so the last factor {factor} is that input and the gradient is the error term of {node} times it.</source>
        <translation>Ein Bias-Gewicht wird vom konstanten Bias-Eingang {bias_input} gespeist, also ist der letzte Faktor {factor} dieser Eingang, und der Gradient ist der Fehlerterm von {node} mal diesen Eingang.</translation>
    </message>
    <message>
        <source>A bias weight is fed by the constant bias input {bias_input}, so the last factor {factor} is that input and the gradient is the error term of {node} times it, which collects the error coming back from the next layer.</source>
        <translation>Ein Bias-Gewicht wird vom konstanten Bias-Eingang {bias_input} gespeist, also ist der letzte Faktor {factor} dieser Eingang, und der Gradient ist der Fehlerterm von {node} mal diesen Eingang; dieser Fehlerterm sammelt den Fehler, der aus der nächsten Schicht zurückkommt.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;chain rule&lt;/b&gt; unpacks it into three factors: how the error depends on {out} (out − target), how {out} depends on {net} (the sigmoid&apos;s slope out × (1 − out)), and how {net} depends on {weight}: the value that travels along it, {source}.</source>
        <translation>Die &lt;b&gt;Kettenregel&lt;/b&gt; zerlegt ihn in drei Faktoren: wie der Fehler von {out} abhängt (out − target), wie {out} von {net} abhängt (die Steigung der Sigmoidfunktion, out × (1 − out)), und wie {net} von {weight} abhängt: der Wert, der über dieses Gewicht läuft, {source}.</translation>
    </message>
    <message>
        <source>both outputs</source>
        <translation>beide Ausgaben</translation>
    </message>
    <message>
        <source>all {n} nodes of the next layer</source>
        <translation>alle {n} Knoten der nächsten Schicht</translation>
    </message>
    <message>
        <source>{weight} sits on the inside: a change of {out} reaches the error through &lt;b&gt;{reach}&lt;/b&gt;, so {derivative} (the bracket) collects their error terms, each times the old weight from {node} to it ({links}). The other factors are the sigmoid&apos;s slope at {node} and the value that travels along {weight}.</source>
        <translation>{weight} liegt im Inneren: Eine Änderung von {out} erreicht den Fehler über &lt;b&gt;{reach}&lt;/b&gt;, daher sammelt {derivative} (die Klammer) deren Fehlerterme, jeweils mal das alte Gewicht von {node} zu ihnen ({links}). Die anderen Faktoren sind die Steigung der Sigmoidfunktion an {node} und der Wert, der über {weight} läuft.</translation>
    </message>
    <message>
        <source>pencil mode, {n} decimals</source>
        <translation>Handrechnung, {n} Nachkommastellen</translation>
    </message>
    <message>
        <source>exact arithmetic</source>
        <translation>exakte Rechnung</translation>
    </message>
</context>
<context>
    <name>Explore</name>
    <message>
        <source>A ReLU&apos;s net input lies within ε of 0 here: the difference quotient straddles the kink, so it need not equal the slope backpropagation uses.</source>
        <translation>Die Netzeingabe einer ReLU liegt hier weniger als ε von 0 entfernt: Der Differenzenquotient überspannt den Knick und muss daher nicht der Steigung entsprechen, die die Fehlerrückführung verwendet.</translation>
    </message>
    <message>
        <source>They agree: backpropagation computes the same slope that nudging the weight by ±{epsilon} measures, up to rounding and an error of order ε².</source>
        <translation>Sie stimmen überein: Die Fehlerrückführung berechnet dieselbe Steigung, die man misst, wenn man das Gewicht um ±{epsilon} verschiebt, bis auf Rundung und einen Fehler der Ordnung ε².</translation>
    </message>
    <message>
        <source>They differ more than rounding explains: the error may be nearly flat here (a saturated sigmoid makes both tiny), or not smooth at this weight.</source>
        <translation>Sie unterscheiden sich stärker, als Rundung erklärt: Der Fehler ist hier vielleicht fast flach (eine gesättigte Sigmoidfunktion macht beide winzig) oder an diesem Gewicht nicht glatt.</translation>
    </message>
    <message>
        <source>E = ½ Σ (target − out)²  (the paper)</source>
        <translation>E = ½ Σ (target − out)²  (der Artikel)</translation>
    </message>
    <message>
        <source>E = Σ (target − out)²</source>
        <translation>E = Σ (target − out)²</translation>
    </message>
    <message>
        <source>E = (1/n) Σ (target − out)², n outputs</source>
        <translation>E = (1/n) Σ (target − out)², n Ausgaben</translation>
    </message>
    <message>
        <source>a bias weight per node (the paper)</source>
        <translation>ein Bias-Gewicht je Knoten (der Artikel)</translation>
    </message>
    <message>
        <source>one bias weight shared by each layer</source>
        <translation>ein gemeinsames Bias-Gewicht je Schicht</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>kein Bias</translation>
    </message>
    <message>
        <source>the mean of the samples&apos; gradients (the paper&apos;s choice)</source>
        <translation>der Mittelwert der Gradienten der Beispiele (die Wahl des Artikels)</translation>
    </message>
    <message>
        <source>the sum of the samples&apos; gradients</source>
        <translation>die Summe der Gradienten der Beispiele</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Konventionen</translation>
    </message>
    <message>
        <source>Update the bias weights (the paper does)</source>
        <translation>Bias-Gewichte aktualisieren (wie im Artikel)</translation>
    </message>
    <message>
        <source>Textbooks differ from the worked example in small ways. Choose the ones your course uses: the formulas, names, values and sub-steps follow.</source>
        <translation>Lehrbücher weichen in Kleinigkeiten vom Rechenbeispiel ab. Wählen Sie die Ihres Kurses: Formeln, Namen, Werte und Teilschritte passen sich an.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Bias:</source>
        <translation>Bias:</translation>
    </message>
    <message>
        <source>Batch gradient:</source>
        <translation>Batch-Gradient:</translation>
    </message>
    <message>
        <source>The paper&apos;s</source>
        <translation>Die des Artikels</translation>
    </message>
    <message>
        <source>The decision map needs a network with two inputs.</source>
        <translation>Die Entscheidungskarte braucht ein Netz mit zwei Eingaben.</translation>
    </message>
    <message>
        <source>The class the network gives at each point (x1, x2): {names} in the colours of the dots; paler where it is less sure. The star is the sample being stepped.</source>
        <translation>Die Klasse, die das Netz an jedem Punkt (x1, x2) liefert: {names} in den Farben der Punkte; blasser, wo es unsicherer ist. Der Stern ist das Beispiel, das schrittweise durchgerechnet wird.</translation>
    </message>
    <message>
        <source>sigmoid (the paper)</source>
        <translation>Sigmoid (der Artikel)</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>sigmoid, squared error (the paper)</source>
        <translation>Sigmoid, quadratischer Fehler (der Artikel)</translation>
    </message>
    <message>
        <source>softmax, cross-entropy</source>
        <translation>Softmax, Kreuzentropie</translation>
    </message>
    <message>
        <source>uniform in ±range</source>
        <translation>gleichverteilt in ±Bereich</translation>
    </message>
    <message>
        <source>normal, standard deviation = range</source>
        <translation>normalverteilt, Standardabweichung = Bereich</translation>
    </message>
    <message>
        <source>Xavier/Glorot (range ignored)</source>
        <translation>Xavier/Glorot (Bereich ignoriert)</translation>
    </message>
    <message>
        <source>nice numbers: 2 decimals, for hand work</source>
        <translation>glatte Zahlen: 2 Nachkommastellen, zum Rechnen von Hand</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Neues Netz</translation>
    </message>
    <message>
        <source>hidden layer {n}:</source>
        <translation>verdeckte Schicht {n}:</translation>
    </message>
    <message>
        <source>nodes,</source>
        <translation>Knoten,</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>Verdeckte Schichten:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgaben:</translation>
    </message>
    <message>
        <source>Output and error:</source>
        <translation>Ausgabe und Fehler:</translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation>Lernrate η:</translation>
    </message>
    <message>
        <source>Starting weights:</source>
        <translation>Startgewichte:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>The conventions (error ½Σ or Σ or mean, the bias) are those of the window (Network → Conventions…). ReLU&apos;s slope at 0 is taken to be 0.</source>
        <translation>Die Konventionen (Fehler ½Σ, Σ oder Mittelwert, der Bias) sind die des Fensters (Netz → Konventionen…). Die Steigung von ReLU bei 0 wird als 0 angenommen.</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <source>E_total = {error} at {a} = {va}, {b} = {vb}; the red arrow is the negative gradient (−∂E/∂{a}, −∂E/∂{b}), the direction a step of gradient descent takes. The orange path is where the two weights have been.</source>
        <translation>E_total = {error} bei {a} = {va}, {b} = {vb}; der rote Pfeil ist der negative Gradient (−∂E/∂{a}, −∂E/∂{b}), die Richtung, die ein Schritt des Gradientenabstiegs nimmt. Der orange Pfad zeigt, wo die beiden Gewichte schon waren.</translation>
    </message>
    <message>
        <source>Error landscape: E_total over {a} and {b}</source>
        <extracomment>Margins around the plot square: left (y ticks and name), top (title), right (the colour bar), bottom (x ticks, name and the key).</extracomment>
        <translation>Fehlerlandschaft: E_total über {a} und {b}</translation>
    </message>
    <message>
        <source>white dot: the weights now</source>
        <translation>weißer Punkt: die aktuellen Gewichte</translation>
    </message>
    <message>
        <source>; red arrow: the negative gradient (−∂E/∂{a}, −∂E/∂{b})</source>
        <translation>; roter Pfeil: der negative Gradient (−∂E/∂{a}, −∂E/∂{b})</translation>
    </message>
    <message>
        <source>; orange: the path so far</source>
        <translation>; orange: der bisherige Weg</translation>
    </message>
    <message>
        <source>{path}: the picture could not be written</source>
        <translation>{path}: Das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>weight {name}</source>
        <extracomment>While a run is replayed, the trail of the live network waits here.</extracomment>
        <translation>Gewicht {name}</translation>
    </message>
</context>
<context>
    <name>ExportWorksheetDialog</name>
    <message>
        <source>Number of students</source>
        <translation>Anzahl der Schüler</translation>
    </message>
    <message>
        <source>Seed of the variants</source>
        <translation>Startwert der Varianten</translation>
    </message>
    <message>
        <source>Folder for the worksheet</source>
        <translation>Ordner für das Arbeitsblatt</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>Bilddatei (PNG, TIF, JPG …)</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>Vektorgrafik (SVG)</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>Vektorgrafik</translation>
    </message>
    <message>
        <source>CSV of original plot data</source>
        <translation>Daten des Diagramms als CSV</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>Kantenglättung</translation>
    </message>
    <message>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>Helligkeit umkehren</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>signifikante Stellen</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>could not be saved ({value})</source>
        <extracomment>What FruitNet&apos;s own temporary files and folders are called, and nothing else is: ``.NAME.fruitnet-PID-XXXXXXXX.tmp`` (a save in progress) and ``.NAME.fruitnet-partial-PID-XXXXXXXX`` (an image folder being exported). A leftover older than this is removed even if its process seems to run (its number may have been given to another process since). The name of the target kept in a temporary name (the name limit is 255 bytes).</extracomment>
        <translation>konnte nicht gespeichert werden ({value})</translation>
    </message>
    <message>
        <source>cannot be saved: it holds text that is not valid UTF-8</source>
        <translation>kann nicht gespeichert werden: enthält Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>cannot save here ({value})</source>
        <translation>hier kann nicht gespeichert werden ({value})</translation>
    </message>
    <message>
        <source>is a folder; give the name of a file to save</source>
        <translation>ist ein Ordner; geben Sie den Namen einer Datei zum Speichern an</translation>
    </message>
    <message>
        <source>is not a regular file; give the name of a file to save</source>
        <translation>ist keine gewöhnliche Datei; geben Sie den Namen einer Datei zum Speichern an</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?)</source>
        <translation>ist keine gewöhnliche Datei (eine Pipe oder ein Gerät?)</translation>
    </message>
    <message>
        <source>the file is {megabytes}, larger than the limit of {megabytes2}</source>
        <translation>die Datei hat {megabytes}, mehr als die Grenze von {megabytes2}</translation>
    </message>
    <message>
        <source>the image is {width}×{height} pixels, larger than the limit of {value} million pixels</source>
        <extracomment>An image larger than this many times the grid (each way) is first reduced by a whole factor in Pillow, so that a photo is never held as millions of float64 values.</extracomment>
        <translation>das Bild hat {width}×{height} Pixel, mehr als die Grenze von {value} Millionen Pixeln</translation>
    </message>
    <message>
        <source>the image is larger than the limit of {value} million pixels (it is refused undecoded)</source>
        <translation>das Bild ist größer als die Grenze von {value} Millionen Pixeln (es wird ungelesen abgelehnt)</translation>
    </message>
    <message>
        <source>cannot be read as an image (not an image Pillow can read)</source>
        <translation>kann nicht als Bild gelesen werden (kein Bild, das Pillow lesen kann)</translation>
    </message>
    <message>
        <source>cannot be read as an image ({reason})</source>
        <translation>kann nicht als Bild gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the folder&apos;s name is not UTF-8 text, so it cannot name a class; rename it</source>
        <translation>der Ordnername ist kein UTF-8-Text und kann daher keine Klasse benennen; benennen Sie ihn um</translation>
    </message>
    <message>
        <source>cannot name a class ({exc})</source>
        <translation>kann keine Klasse benennen ({exc})</translation>
    </message>
    <message>
        <source>{n} of {total} images were scaled down to the {rows}×{cols} grid (the largest was {w}×{h} pixels)</source>
        <translation>{n} von {total} Bildern wurden auf das {rows}×{cols}-Raster verkleinert (das größte hatte {w}×{h} Pixel)</translation>
    </message>
    <message>
        <source>{n} of {total} images were scaled to the {rows}×{cols} grid (the largest was {w}×{h} pixels)</source>
        <translation>{n} von {total} Bildern wurden auf das {rows}×{cols}-Raster skaliert (das größte hatte {w}×{h} Pixel)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>cannot be read ({value})</source>
        <translation>kann nicht gelesen werden ({value})</translation>
    </message>
    <message>
        <source>has no class sub-folders (expected one folder of images per class, e.g. &apos;red apple&apos; and &apos;tomato&apos;)</source>
        <translation>hat keine Klassen-Unterordner (erwartet: ein Bildordner je Klasse, z. B. &apos;red apple&apos; und &apos;tomato&apos;)</translation>
    </message>
    <message>
        <source>holds more than the limit of {max_samples} images</source>
        <translation>enthält mehr als die Grenze von {max_samples} Bildern</translation>
    </message>
    <message>
        <source>the class name {_quoted} cannot be used as a folder name (no / \ : * ? &quot; &lt; &gt; |, no leading dot or spaces)</source>
        <translation>der Klassenname {_quoted} kann nicht als Ordnername dienen (kein / \ : * ? &quot; &lt; &gt; |, kein Punkt oder Leerzeichen am Anfang)</translation>
    </message>
    <message>
        <source>a dataset of features holds no images; export it as CSV or JSON instead</source>
        <translation>ein Merkmalsdatensatz enthält keine Bilder; exportieren Sie ihn stattdessen als CSV oder JSON</translation>
    </message>
    <message>
        <source>an image folder keeps only labels, and this dataset has soft targets; export it as CSV or JSON to keep them</source>
        <translation>ein Bildordner behält nur die Klassen, und dieser Datensatz hat weiche Zielwerte; exportieren Sie ihn als CSV oder JSON, um sie zu behalten</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>is not empty; choose a new or empty folder so old images do not mix with the exported ones</source>
        <translation>ist nicht leer; wählen Sie einen neuen oder leeren Ordner, damit sich alte Bilder nicht mit den exportierten mischen</translation>
    </message>
    <message>
        <source>cannot create the folders ({value})</source>
        <translation>die Ordner können nicht angelegt werden ({value})</translation>
    </message>
    <message>
        <source>cannot write the images ({value}); nothing was exported</source>
        <translation>die Bilder können nicht geschrieben werden ({value}); nichts wurde exportiert</translation>
    </message>
    <message>
        <source>the file is larger than the limit of {megabytes}</source>
        <translation>die Datei ist größer als die Grenze von {megabytes}</translation>
    </message>
    <message>
        <source>not a text file (it is not UTF-8)</source>
        <translation>keine Textdatei (kein UTF-8)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>der Import wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>only a Dataset can be exported, not {__name__}</source>
        <translation>nur ein Dataset kann exportiert werden, nicht {__name__}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <extracomment>Larger files are refused before they are read: the biggest sensible dataset here is tens of thousands of 6×6 images, a few megabytes of JSON. What a whole number of more digits than :data:`~fruitnet_gui.model.net.limits.MAX_DIGITS` is read as: too large for anything in a FruitNet file, so the check of the value it stands for refuses it and names where it is.</extracomment>
        <translation>{n} Byte</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>{value} is not allowed; every number must be finite</source>
        <translation>{value} ist nicht erlaubt; jede Zahl muss endlich sein</translation>
    </message>
    <message>
        <source>not valid JSON ({msg} at line {lineno}, column {colno})</source>
        <translation>kein gültiges JSON ({msg} in Zeile {lineno}, Spalte {colno})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <extracomment>The window&apos;s panels a lesson may show (the others are hidden). What a lesson may lock: editing weights, changing the sample, switching or opening a network, training, changing the conventions, leaving practice mode. The iteration the file was checked against when it was read (None once used): opening the lesson adopts it rather than building it again.</extracomment>
        <translation>der Text {text}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a lesson file holds one JSON object {{...}}, this one holds {data}</source>
        <translation>eine Lektionsdatei enthält ein JSON-Objekt {{...}}, diese enthält {data}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>not a FruitNet lesson: &quot;format&quot; is {got}, not &quot;{format}&quot;</source>
        <translation>keine FruitNet-Lektion: &quot;format&quot; ist {got}, nicht &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>the version must be a whole number such as 1, got {version}</source>
        <translation>die Version muss eine ganze Zahl wie 1 sein, erhalten: {version}</translation>
    </message>
    <message>
        <source>was written by a newer FruitNet (lesson version {version}); this one reads 1</source>
        <translation>wurde von einem neueren FruitNet geschrieben (Lektionsversion {version}); dieses liest Version 1</translation>
    </message>
    <message>
        <source>lesson version {version} is unknown; this FruitNet reads version 1</source>
        <translation>Lektionsversion {version} ist unbekannt; dieses FruitNet liest Version 1</translation>
    </message>
    <message>
        <source>unknown key {key}; a lesson has only {keys}</source>
        <translation>unbekannter Schlüssel {key}; eine Lektion hat nur {keys}</translation>
    </message>
    <message>
        <source>the required key &quot;{key}&quot; is missing</source>
        <translation>der nötige Schlüssel &quot;{key}&quot; fehlt</translation>
    </message>
    <message>
        <source>the title must be one line of text of at most {max_title} characters</source>
        <translation>der Titel muss eine Textzeile mit höchstens {max_title} Zeichen sein</translation>
    </message>
    <message>
        <source>{file} (model)</source>
        <translation>{file} (Modell)</translation>
    </message>
    <message>
        <source>pencil must be null (exact) or 0 to 12 decimals, got {pencil}</source>
        <translation>pencil muss null (exakt) oder 0 bis 12 Nachkommastellen sein, erhalten: {pencil}</translation>
    </message>
    <message>
        <source>level must be one of {join}, got {level}</source>
        <translation>level muss eines von {join} sein, erhalten: {level}</translation>
    </message>
    <message>
        <source>position must be a whole number from 0 to {it}, got {position}</source>
        <translation>position muss eine ganze Zahl von 0 bis {it} sein, erhalten: {position}</translation>
    </message>
    <message>
        <source>practice must be true or false, got {practice}</source>
        <translation>practice muss true oder false sein, erhalten: {practice}</translation>
    </message>
    <message>
        <source>questions: this lesson&apos;s iteration has no sub-step {q}</source>
        <translation>questions: die Iteration dieser Lektion hat keinen Teilschritt {q}</translation>
    </message>
    <message>
        <source>notes must be an object of sub-step name: text, got {notes}</source>
        <translation>notes muss ein Objekt aus Teilschrittname: Text sein, erhalten: {notes}</translation>
    </message>
    <message>
        <source>notes: this lesson&apos;s iteration has no sub-step {name}</source>
        <translation>notes: die Iteration dieser Lektion hat keinen Teilschritt {name}</translation>
    </message>
    <message>
        <source>notes[{name}] must be a text of 1 to {max_note} characters</source>
        <translation>notes[{name}] muss ein Text mit 1 bis {max_note} Zeichen sein</translation>
    </message>
    <message>
        <source>sample must be an object with exactly &quot;input&quot; and &quot;target&quot;</source>
        <translation>sample muss ein Objekt mit genau &quot;input&quot; und &quot;target&quot; sein</translation>
    </message>
    <message>
        <source>sample.{key} must be a list of {n} numbers for this network</source>
        <translation>sample.{key} muss für dieses Netz eine Liste von {n} Zahlen sein</translation>
    </message>
    <message>
        <source>sample: {problem}</source>
        <translation>sample: {problem}</translation>
    </message>
    <message>
        <source>{key} must be a list of names, got {value}</source>
        <translation>{key} muss eine Liste von Namen sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{key} names something twice</source>
        <translation>{key} nennt etwas zweimal</translation>
    </message>
    <message>
        <source>{key}: {v} is not one of {join}</source>
        <translation>{key}: {v} ist keines von {join}</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <extracomment>A file name is shown whole up to this length, else its start and its end. The longest message: room is left for the command&apos;s &quot;fruitnet train: &quot; before it, so that the printed line too stays under MAX_MESSAGE characters. Characters that reorder the text around them (a name could pretend to be another).</extracomment>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>{program}: {message}</source>
        <translation>{program}: {message}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>PyQtGraph</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>Nur verschieben</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>Nur sichtbare Daten</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>Achse umkehren</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>Maus aktiv</translation>
    </message>
    <message>
        <source>Link Axis:</source>
        <translation>Achse koppeln an:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Passt diese Achse jedes Mal an, wenn sich die angezeigten Daten ändern.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Erlaubt, diese Achse mit der Maus zu verschieben und zu skalieren.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Kehrt die Richtung dieser Achse um (+y zeigt nach unten statt nach oben).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Koppelt diese Achse an ein anderes Diagramm: Beide zeigen dann denselben Bereich.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Der größte Wert, den diese Achse zeigt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Der kleinste Wert, den diese Achse zeigt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Anteil der Daten, der bei automatischer Skalierung sichtbar ist. Ein kleinerer Wert hilft, wenn einzelne Werte weit herausragen.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Den Bereich dieser Achse von Hand festlegen (die automatische Skalierung wird dann ausgeschaltet).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wenn angekreuzt, verschiebt sich die Achse, um die aktuellen Daten zu zentrieren, ohne den Maßstab zu ändern.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wenn angekreuzt, richtet sich die automatische Skalierung nur nach den Daten, die entlang der anderen Achse sichtbar sind.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>Was exportiert wird:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FormulaView</name>
    <message>
        <source>net input</source>
        <translation>Netzeingabe</translation>
    </message>
    <message>
        <source>activation (sigmoid)</source>
        <translation>Aktivierung (Sigmoid)</translation>
    </message>
    <message>
        <source>error of one output</source>
        <translation>Fehler einer Ausgabe</translation>
    </message>
    <message>
        <source>total error</source>
        <translation>Gesamtfehler</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>new weight</source>
        <translation>neues Gewicht</translation>
    </message>
    <message>
        <source>factor: how the error depends on the output</source>
        <translation>Faktor: wie der Fehler von der Ausgabe abhängt</translation>
    </message>
    <message>
        <source>factor: the sigmoid&apos;s slope</source>
        <translation>Faktor: die Steigung der Sigmoidfunktion</translation>
    </message>
    <message>
        <source>factor: the node&apos;s error term</source>
        <translation>Faktor: der Fehlerterm des Knotens</translation>
    </message>
    <message>
        <source>factor: error coming back from one output</source>
        <translation>Faktor: der Fehler, der von einer Ausgabe zurückkommt</translation>
    </message>
    <message>
        <source>factor: what the weight multiplies</source>
        <translation>Faktor: was das Gewicht multipliziert</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Paper prints</source>
        <translation>Im Artikel</translation>
    </message>
    <message>
        <source>Formula of the current sub-step</source>
        <translation>Formel des aktuellen Teilschritts</translation>
    </message>
    <message>
        <source>Value of the current sub-step</source>
        <translation>Wert des aktuellen Teilschritts</translation>
    </message>
    <message>
        <source>Formula, numbers and explanation</source>
        <translation>Formel, Zahlen und Erklärung</translation>
    </message>
    <message>
        <source>Every value revealed so far. Double-click a row to go back to it.</source>
        <translation>Alle bisher aufgedeckten Werte. Doppelklick auf eine Zeile springt dorthin zurück.</translation>
    </message>
    <message>
        <source>Every value revealed so far</source>
        <translation>Alle bisher aufgedeckten Werte</translation>
    </message>
    <message>
        <source>Step {number} · {phase} · {kind} · {shown} of {total} · your answer?</source>
        <translation>Schritt {number} · {phase} · {kind} · {shown} von {total} · Ihre Antwort?</translation>
    </message>
    <message>
        <source>Press Step again to show the numbers and the value.</source>
        <translation>Drücken Sie erneut Weiter, um die Zahlen und den Wert zu zeigen.</translation>
    </message>
    <message>
        <source>Step {number} · {phase} · {kind} · {shown} of {total}</source>
        <translation>Schritt {number} · {phase} · {kind} · {shown} von {total}</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>Hinweis.</translation>
    </message>
    <message>
        <source>Teacher&apos;s note.</source>
        <translation>Notiz der Lehrkraft.</translation>
    </message>
    <message>
        <source>No sub-step revealed yet. Press Step (Right or Space).</source>
        <translation>Noch kein Teilschritt aufgedeckt. Drücken Sie Weiter (Rechts oder Leertaste).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient check.&lt;/b&gt; (E(w + ε) − E(w − ε)) / 2ε with ε = {epsilon} and w = {name}: {difference}; backpropagation: {backprop}; relative difference {relative}. </source>
        <translation>&lt;b&gt;Gradientenprüfung.&lt;/b&gt; (E(w + ε) − E(w − ε)) / 2ε mit ε = {epsilon} und w = {name}: {difference}; Fehlerrückführung: {backprop}; relative Abweichung {relative}. </translation>
    </message>
    <message>
        <source>&lt;b&gt;Iteration complete.&lt;/b&gt; Press &lt;b&gt;Next iteration&lt;/b&gt; (N) to go round again on the same sample with the new weights.</source>
        <translation>&lt;b&gt;Iteration abgeschlossen.&lt;/b&gt; Drücken Sie &lt;b&gt;Nächste Iteration&lt;/b&gt; (N), um mit den neuen Gewichten noch einmal dasselbe Beispiel durchzurechnen.</translation>
    </message>
    <message numerus="yes">
        <source>Iteration {iteration} · %n sub-step(s) to go</source>
        <translation>
            <numerusform>Iteration {iteration} · noch %n Teilschritt</numerusform>
            <numerusform>Iteration {iteration} · noch %n Teilschritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Exportieren …</translation>
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
{inputs}; the fruit classifier a 6×6 gray image.
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
        <translation>
&lt;h3&gt;So lesen Sie dieses Fenster&lt;/h3&gt;
&lt;p&gt;FruitNet rechnet eine Trainingsiteration so durch, wie es das Rechenbeispiel
&lt;i&gt;Artificial Neural Networks: Behind the scenes&lt;/i&gt; mit Papier und Bleistift tut,
einen Teilschritt nach dem anderen.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Eingabe&lt;/b&gt; (links): das Beispiel. Das Netz des Artikels hat zwei Eingaben
{inputs}; der Obst-Klassifikator ein 6×6-Graustufenbild.
Fahren Sie über ein Pixel, um seinen Eingabeknoten zu sehen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Netz&lt;/b&gt; (Mitte): Knoten sind nach ihrem Wert gefüllt, Kanten nach dem Vorzeichen
ihres Gewichts gefärbt und umso dicker, je größer es ist. Die gerade berechnete Größe
ist hervorgehoben.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Formel&lt;/b&gt; (rechts): der Teilschritt in Symbolen, dann mit eingesetzten Zahlen,
dann sein Wert und was er bedeutet. Die Tabelle darunter behält jeden bisher aufgedeckten
Wert, gruppiert wie die Schritte 2 bis 5 des Artikels; ein Doppelklick auf eine Zeile
springt dorthin zurück.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Fehler&lt;/b&gt; (links unten): E&lt;sub&gt;total&lt;/sub&gt; nach jeder abgeschlossenen Iteration.
Drücken Sie &lt;b&gt;Nächste Iteration&lt;/b&gt;, um ihn sinken zu sehen.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Tasten:&lt;/b&gt; → oder Leertaste weiter, ← zurück, Pos1 zurücksetzen, Ende Iteration
abschließen, Strg+→ bis zum Ende der Phase, P Abspielen/Pause, N nächste Iteration.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Ein Schritt zeigt&lt;/b&gt; legt fest, wie viel ein Schritt aufdeckt: jede Größe, jeden
Knoten (net und out zusammen), jede Schicht, jede Phase oder die ganze Iteration.
Die &lt;b&gt;Handrechnung&lt;/b&gt; rundet jedes Zwischenergebnis, wie man es von Hand tut; mit 4
Nachkommastellen gibt sie die im Artikel gedruckten Knotenwerte Ziffer für Ziffer wieder;
wo der Artikel dennoch abweicht, sagt der Hinweis unter der Formel, warum.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;FruitNet&lt;/h3&gt;
&lt;p&gt;Watch and check backpropagation, one sub-step at a time.&lt;/p&gt;
&lt;p&gt;Every number follows the worked example &lt;i&gt;Artificial Neural Networks: Behind the
scenes&lt;/i&gt; by Abir Eltaief (forward propagation, total error, backpropagation,
weight update), computed exactly, or rounded like the paper in pencil mode.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;FruitNet&lt;/h3&gt;
&lt;p&gt;Fehlerrückführung (Backpropagation) beobachten und nachprüfen, einen Teilschritt nach
dem anderen.&lt;/p&gt;
&lt;p&gt;Jede Zahl folgt dem Rechenbeispiel &lt;i&gt;Artificial Neural Networks: Behind the
scenes&lt;/i&gt; von Abir Eltaief (Vorwärtsdurchlauf, Gesamtfehler, Fehlerrückführung,
Aktualisierung der Gewichte), exakt berechnet oder wie im Artikel gerundet in der
Handrechnung.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>HiddenWeightsView</name>
    <message>
        <source>Hidden weights: each hidden node&apos;s incoming weights</source>
        <extracomment>A printed weight on its own tile: the tile&apos;s colours are the data&apos;s (white is 0) in every theme, so the text on them is dark (or white on a deep colour).</extracomment>
        <translation>Verdeckte Gewichte: die eingehenden Gewichte jedes verdeckten Knotens</translation>
    </message>
    <message>
        <source>Each hidden node&apos;s incoming weights drawn as an image of the input</source>
        <translation>Die eingehenden Gewichte jedes verdeckten Knotens, als Bild der Eingabe gezeichnet</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Tab</source>
        <extracomment>What the canvas&apos;s own keys do (Help → Keyboard lists them with the window&apos;s actions).</extracomment>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Network canvas: take the focus (then Up/Down, Enter)</source>
        <translation>Netz: den Fokus nehmen (dann Hoch/Runter, Eingabe)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Runter</translation>
    </message>
    <message>
        <source>Network canvas: choose the previous or next weight</source>
        <translation>Netz: das vorige oder nächste Gewicht wählen</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Eingabe, F2</translation>
    </message>
    <message>
        <source>Network canvas: edit the chosen weight</source>
        <translation>Netz: das gewählte Gewicht bearbeiten</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Network canvas: let go of the chosen weight, or cancel an edit</source>
        <translation>Netz: das gewählte Gewicht loslassen oder eine Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <extracomment>Keys that are not a menu action&apos;s: the window&apos;s own, and those of its views.</extracomment>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next or previous control or view</source>
        <translation>Den Tastaturfokus zum nächsten oder vorigen Bedienelement oder Bereich bewegen</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Open a menu (Alt+F File, Alt+S Step, Alt+V View …)</source>
        <translation>Ein Menü öffnen (Alt+D Datei, Alt+S Schritt, Alt+A Ansicht …)</translation>
    </message>
    <message>
        <source>Arrow keys on a dock&apos;s tabs</source>
        <translation>Pfeiltasten auf den Reitern eines Bereichs</translation>
    </message>
    <message>
        <source>Show another tab: Formula, Dataset, Training …</source>
        <translation>Einen anderen Reiter zeigen: Formel, Datensatz, Training …</translation>
    </message>
    <message>
        <source>Arrow keys, Space</source>
        <translation>Pfeiltasten, Leertaste</translation>
    </message>
    <message>
        <source>Input pixels: choose a pixel, paint it with the ink</source>
        <translation>Eingabepixel: ein Pixel wählen, es mit der Tinte malen</translation>
    </message>
    <message>
        <source>Delete, Enter</source>
        <translation>Entf, Eingabe</translation>
    </message>
    <message>
        <source>Input pixels: clear the pixel, or type its value</source>
        <translation>Eingabepixel: das Pixel leeren oder seinen Wert eintippen</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Strg+Z, Strg+Umschalt+Z, Strg+Y</translation>
    </message>
    <message>
        <source>Input pixels: undo, redo</source>
        <translation>Eingabepixel: rückgängig, wiederholen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Your turn: check the value typed</source>
        <translation>Selbst rechnen: den getippten Wert prüfen</translation>
    </message>
    <message>
        <source>Up, Down, Enter</source>
        <translation>Hoch, Runter, Eingabe</translation>
    </message>
    <message>
        <source>Table of values: choose a row, go back to it</source>
        <translation>Wertetabelle: eine Zeile wählen, dorthin zurückgehen</translation>
    </message>
    <message>
        <source>{action}: {tip}</source>
        <translation>{action}: {tip}</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Error landscape</source>
        <translation>Fehlerlandschaft</translation>
    </message>
    <message>
        <source>The total error over two chosen weights, the gradient and the path</source>
        <translation>Der Gesamtfehler über zwei gewählten Gewichten, der Gradient und der Pfad</translation>
    </message>
    <message>
        <source>Error over two weights</source>
        <translation>Fehler über zwei Gewichten</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>FruitNet lessons (*.fnlesson);;All files (*)</source>
        <translation>FruitNet-Lektionen (*.fnlesson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>lock editing the weights</source>
        <translation>Ändern der Gewichte sperren</translation>
    </message>
    <message>
        <source>lock changing the sample</source>
        <translation>Ändern des Beispiels sperren</translation>
    </message>
    <message>
        <source>lock switching or opening a network</source>
        <translation>Wechseln oder Öffnen eines Netzes sperren</translation>
    </message>
    <message>
        <source>lock training</source>
        <translation>Training sperren</translation>
    </message>
    <message>
        <source>lock changing η or the conventions</source>
        <translation>Ändern von η oder der Konventionen sperren</translation>
    </message>
    <message>
        <source>lock leaving Your turn</source>
        <translation>Verlassen von Selbst rechnen sperren</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Lektion: {title}</translation>
    </message>
    <message>
        <source>No lesson is open (File → Open lesson…).</source>
        <translation>Keine Lektion geöffnet (Datei → Lektion öffnen…).</translation>
    </message>
    <message>
        <source>Step to a sub-step first: a note belongs to one.</source>
        <translation>Gehen Sie zuerst zu einem Teilschritt: Eine Notiz gehört zu einem.</translation>
    </message>
    <message>
        <source>Note for this sub-step</source>
        <translation>Notiz zu diesem Teilschritt</translation>
    </message>
    <message>
        <source>A note shown at {name}:</source>
        <translation>Eine Notiz, die bei {name} erscheint:</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>Saved the lesson {path}</source>
        <translation>Lektion gespeichert: {path}</translation>
    </message>
    <message>
        <source>e.g. Why inner weights collect error from both outputs</source>
        <translation>z. B. Warum innere Gewichte den Fehler beider Ausgaben sammeln</translation>
    </message>
    <message>
        <source>start in Your turn (the class types the values)</source>
        <translation>im Modus Selbst rechnen beginnen (die Klasse tippt die Werte)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Expecting value</source>
        <extracomment>What Python&apos;s json and csv readers say of a bad file (their own English), so that &quot;not valid JSON (Expecting value at line 1, column 1)&quot; is said whole in French too.</extracomment>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Trennzeichen &apos;,&apos; erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Trennzeichen &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Eigenschaftsname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>überzählige Daten</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>nicht abgeschlossene Zeichenkette ab</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen bei</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ungültiges Escape \</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ungültiges Escape \uXXXX</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>überzähliges Komma vor dem Ende des Objekts</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>überzähliges Komma vor dem Ende des Arrays</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <source>&apos;,&apos; expected after &apos;&quot;&apos;</source>
        <translation>&apos;,&apos; nach &apos;&quot;&apos; erwartet</translation>
    </message>
    <message>
        <source>line contains NUL</source>
        <translation>die Zeile enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>new-line character seen in unquoted field</source>
        <translation>Zeilenumbruch in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>field larger than field limit</source>
        <translation>Feld größer als die Feldgrenze</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Input</source>
        <extracomment>The docks&apos; titles, by object name.</extracomment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Hidden weights</source>
        <translation>Verdeckte Gewichte</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Konfusion</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Tab names where the whole ones would not all fit (by dock object name).</extracomment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>FruitNet models (*.json);;All files (*)</source>
        <translation>FruitNet-Modelle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>paper example 2-2-2</source>
        <translation>Beispiel des Artikels 2-2-2</translation>
    </message>
    <message>
        <source>fruit classifier 36-36-2</source>
        <translation>Obst-Klassifikator 36-36-2</translation>
    </message>
    <message>
        <source>Backpropagation step by step; Help → Keyboard lists every key</source>
        <extracomment>View → Size: how large everything is drawn, from the next start (QT_SCALE_FACTOR). What ``fruitnet-gui --scale`` and the setting may ask for. Bump when the docks change, so an old saved layout is not applied to new docks. While training, the canvas follows the weights at most this often: a full redraw of 1406 edges costs ~10 ms of the GUI thread, which training shares (the GIL). How long after the window shows the training process is started. Seed of the fruit classifier&apos;s start weights (``--seed``), for the Network menu.</extracomment>
        <translation>Fehlerrückführung Schritt für Schritt; Hilfe → Tastatur listet jede Taste</translation>
    </message>
    <message>
        <source>Stepper</source>
        <translation>Schrittsteuerung</translation>
    </message>
    <message>
        <source>→ Step   ← Back   Home Reset   End Finish   P Play   N Next</source>
        <extracomment>The status bar&apos;s reminder of the stepper&apos;s keys.</extracomment>
        <translation>→ Weiter   ← Zurück   Pos1 Zurücksetzen   Ende Abschließen   P Abspielen   N Nächste</translation>
    </message>
    <message>
        <source>Keys (all of them in Help → Keyboard)</source>
        <translation>Tasten (alle unter Hilfe → Tastatur)</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Geöffnet: {path}</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Cannot save the model</source>
        <translation>Modell kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>The window would not fit this screen</source>
        <translation>Das Fenster würde nicht auf diesen Bildschirm passen</translation>
    </message>
    <message>
        <source>Everything will be drawn at {percent} the next time FruitNet opens (or now: fruitnet-gui --scale {factor})</source>
        <translation>Alles wird beim nächsten Start von FruitNet mit {percent} gezeichnet (oder sofort: fruitnet-gui --scale {factor})</translation>
    </message>
    <message>
        <source>The remembered layout did not fit this screen ({why}); it was reset.</source>
        <translation>Die gespeicherte Anordnung passte nicht auf diesen Bildschirm ({why}); sie wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>network {layers}</source>
        <translation>Netz {layers}</translation>
    </message>
    <message>
        <source>FruitNet — {what} — iteration {n}</source>
        <translation>FruitNet — {what} — Iteration {n}</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Dar&amp;k colours</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
    <message>
        <source>Light text on a dark background, whatever the system&apos;s scheme</source>
        <translation>Heller Text auf dunklem Grund, unabhängig vom Farbschema des Systems</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>White on black with bright colours: canvas, formulas and plots</source>
        <translation>Weiß auf Schwarz mit kräftigen Farben: Netz, Formeln und Kurven</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <source>Every key FruitNet knows, and what it does</source>
        <translation>Jede Taste, die FruitNet kennt, und was sie tut</translation>
    </message>
    <message>
        <source>the window needed {needed}, the screen has {has}</source>
        <translation>das Fenster brauchte {needed}, der Bildschirm hat {has}</translation>
    </message>
    <message>
        <source>the window was off the screen</source>
        <translation>das Fenster lag außerhalb des Bildschirms</translation>
    </message>
    <message>
        <source>the {panel} panel was off the screen</source>
        <translation>das Feld {panel} lag außerhalb des Bildschirms</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Keep the decimal &amp;point (0.857)</source>
        <translation>Dezimal&amp;punkt behalten (0.857)</translation>
    </message>
    <message>
        <source>Numbers with a point whatever the language, as on a calculator</source>
        <translation>Zahlen mit Punkt in jeder Sprache, wie auf einem Taschenrechner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>Modell &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the network as shown (old weights plus the updates revealed so far)</source>
        <translation>Das Netz so speichern, wie es angezeigt wird (alte Gewichte plus die bisher aufgedeckten Aktualisierungen)</translation>
    </message>
    <message>
        <source>&amp;Export worksheet…</source>
        <translation>Arbeitsblatt e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A blank worksheet and its answer key (PDF, HTML, Markdown), or one per student</source>
        <translation>Ein leeres Arbeitsblatt und sein Lösungsblatt (PDF, HTML, Markdown) oder eines je Schüler</translation>
    </message>
    <message>
        <source>Open &amp;variant…</source>
        <translation>&amp;Variante öffnen…</translation>
    </message>
    <message>
        <source>The network and sample of a numbered worksheet</source>
        <translation>Netz und Beispiel eines nummerierten Arbeitsblatts</translation>
    </message>
    <message>
        <source>&amp;Check a hand calculation…</source>
        <translation>&amp;Handrechnung prüfen…</translation>
    </message>
    <message>
        <source>A CSV of name,value answers, checked against this network and sample</source>
        <translation>Eine CSV-Datei mit Antworten Name,Wert, geprüft an diesem Netz und Beispiel</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>B&amp;ild exportieren…</translation>
    </message>
    <message>
        <source>The network as drawn now, as PNG or SVG (for slides)</source>
        <translation>Das Netz, wie es gerade gezeichnet ist, als PNG oder SVG (für Folien)</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>The window as it is now (network, sample, position, panels, notes) as a lesson</source>
        <translation>Das Fenster, wie es gerade ist (Netz, Beispiel, Position, Bereiche, Notizen), als Lektion</translation>
    </message>
    <message>
        <source>&amp;Note for this sub-step…</source>
        <translation>No&amp;tiz zu diesem Teilschritt…</translation>
    </message>
    <message>
        <source>A teacher&apos;s note, shown when the class reaches it</source>
        <translation>Eine Notiz der Lehrkraft, die erscheint, wenn die Klasse dort ankommt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netz</translation>
    </message>
    <message>
        <source>&amp;Paper example 2-2-2</source>
        <translation>&amp;Beispiel des Artikels 2-2-2</translation>
    </message>
    <message>
        <source>&amp;Fruit classifier 36-36-2</source>
        <translation>&amp;Obst-Klassifikator 36-36-2</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>&amp;Neues Netz…</translation>
    </message>
    <message>
        <source>Design a network: layers, activations, output and error, starting weights</source>
        <translation>Ein Netz entwerfen: Schichten, Aktivierungen, Ausgabe und Fehler, Startgewichte</translation>
    </message>
    <message>
        <source>&amp;Conventions…</source>
        <translation>&amp;Konventionen…</translation>
    </message>
    <message>
        <source>The error, bias and batch conventions of your textbook (the paper&apos;s by default)</source>
        <translation>Die Fehler-, Bias- und Batch-Konventionen Ihres Lehrbuchs (standardmäßig die des Artikels)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>E&amp;rkunden</translation>
    </message>
    <message>
        <source>&amp;Gradient check</source>
        <translation>&amp;Gradientenprüfung</translation>
    </message>
    <message>
        <source>Beside each gradient, the central finite difference (E(w + ε) − E(w − ε)) / 2ε</source>
        <translation>Neben jedem Gradienten der zentrale Differenzenquotient (E(w + ε) − E(w − ε)) / 2ε</translation>
    </message>
    <message>
        <source>Error &amp;landscape</source>
        <translation>Fehler&amp;landschaft</translation>
    </message>
    <message>
        <source>&amp;Decision map (two inputs)</source>
        <translation>&amp;Entscheidungskarte (zwei Eingaben)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>&amp;Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Size of everything (next start)</source>
        <translation>&amp;Größe von allem (beim nächsten Start)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;How to read this</source>
        <translation>So &amp;lesen Sie dieses Fenster</translation>
    </message>
    <message>
        <source>How to read this</source>
        <translation>So lesen Sie dieses Fenster</translation>
    </message>
    <message>
        <source>&amp;About FruitNet</source>
        <translation>&amp;Über FruitNet</translation>
    </message>
    <message>
        <source>About FruitNet</source>
        <translation>Über FruitNet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>The weights as they were before the last edit, run or reset</source>
        <translation>Die Gewichte von vor der letzten Änderung, dem letzten Lauf oder dem letzten Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Wiederhergestellt: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>Reset to &amp;initial weights</source>
        <translation>&amp;Zurück zu den Anfangsgewichten</translation>
    </message>
    <message>
        <source>Save &amp;as lesson…</source>
        <translation>Als L&amp;ektion speichern…</translation>
    </message>
    <message>
        <source>Res&amp;tart lesson</source>
        <translation>Lektion &amp;neu beginnen</translation>
    </message>
    <message>
        <source>The weights the last run started from</source>
        <translation>Die Gewichte, mit denen der letzte Lauf begann</translation>
    </message>
    <message>
        <source>Reset: the weights run {number} started from</source>
        <translation>Zurückgesetzt: die Gewichte, mit denen Lauf {number} begann</translation>
    </message>
    <message>
        <source>Error landscape</source>
        <translation>Fehlerlandschaft</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>layers must be a list of node counts like [2, 2, 2], got {what}</source>
        <extracomment>Longer class names are surely not names (they would not fit anywhere on screen). Stands for a key that is absent (an explicit ``null`` is an error, not a default).</extracomment>
        <translation>layers muss eine Liste von Knotenzahlen wie [2, 2, 2] sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>layers must have at least 3 entries (input, hidden and output layer), it has {n}</source>
        <translation>layers muss mindestens 3 Einträge haben (Eingabe-, verborgene und Ausgabeschicht), es hat {n}</translation>
    </message>
    <message>
        <source>layers has {n} entries; FruitNet handles at most {most}</source>
        <translation>layers hat {n} Einträge; FruitNet verarbeitet höchstens {most}</translation>
    </message>
    <message>
        <source>layers[{k}] must be at least 1 node, got {n}</source>
        <translation>layers[{k}] muss mindestens 1 Knoten sein, erhalten: {n}</translation>
    </message>
    <message>
        <source>layers[{k}] has {n} nodes; FruitNet handles at most {most} per layer</source>
        <translation>layers[{k}] hat {n} Knoten; FruitNet verarbeitet höchstens {most} je Schicht</translation>
    </message>
    <message>
        <source>weights must be a list of {n} matrices ({shape}), got {what}</source>
        <translation>weights muss eine Liste von {n} Matrizen sein ({shape}), erhalten: {what}</translation>
    </message>
    <message>
        <source>weights must hold {n} matrices ({shape}), it has {has}</source>
        <translation>weights muss {n} Matrizen enthalten ({shape}), es hat {has}</translation>
    </message>
    <message>
        <source>biases must be a list of {n} lists ({shape}), got {what}</source>
        <translation>biases muss eine Liste von {n} Listen sein ({shape}), erhalten: {what}</translation>
    </message>
    <message>
        <source>biases must hold {n} lists, one per layer after the input ({shape}), it has {has}</source>
        <translation>biases muss {n} Listen enthalten, eine je Schicht nach der Eingabe ({shape}), es hat {has}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), got {what}</source>
        <translation>{where} muss {rows}×{cols} sein ({shape}), erhalten: {what}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), it has {has}</source>
        <translation>{where} muss {rows}×{cols} sein ({shape}), es hat {has}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), row {i} is {what}</source>
        <translation>{where} muss {rows}×{cols} sein ({shape}), Zeile {i} ist {what}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), row {i} has {has}</source>
        <translation>{where} muss {rows}×{cols} sein ({shape}), Zeile {i} hat {has}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {what}</source>
        <translation>{where} muss eine Zahl sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>{where} must be a list of {n} numbers ({shape}), got {what}</source>
        <translation>{where} muss eine Liste von {n} Zahlen sein ({shape}), erhalten: {what}</translation>
    </message>
    <message>
        <source>{where} must hold {count} ({shape}), it has {has}</source>
        <translation>{where} muss {count} enthalten ({shape}), es hat {has}</translation>
    </message>
    <message>
        <source>{where} is too large a number; every number must be finite</source>
        <translation>{where} ist eine zu große Zahl; jede Zahl muss endlich sein</translation>
    </message>
    <message>
        <source>{where} is {value}; weights lie between -{most} and {most}, so that no net input overflows</source>
        <translation>{where} ist {value}; Gewichte liegen zwischen -{most} und {most}, damit keine Netzeingabe überläuft</translation>
    </message>
    <message>
        <source>learning_rate must be greater than 0, got {value}</source>
        <translation>learning_rate muss größer als 0 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>learning_rate {value} is too small to change any weight; use at least {least}</source>
        <translation>learning_rate {value} ist zu klein, um irgendein Gewicht zu ändern; nehmen Sie mindestens {least}</translation>
    </message>
    <message>
        <source>learning_rate must be at most {most}, got {value}</source>
        <translation>learning_rate darf höchstens {most} sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>activation must be a text such as &quot;sigmoid&quot;, got {what}</source>
        <translation>activation muss ein Text wie &quot;sigmoid&quot; sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>&quot;activations&quot; and &quot;loss&quot; need version 2 of the model format</source>
        <translation>&quot;activations&quot; und &quot;loss&quot; brauchen Version 2 des Modellformats</translation>
    </message>
    <message>
        <source>activation &quot;{name}&quot; is not supported; FruitNet uses &quot;sigmoid&quot;</source>
        <translation>die Aktivierung &quot;{name}&quot; wird nicht unterstützt; FruitNet verwendet &quot;sigmoid&quot;</translation>
    </message>
    <message>
        <source>activation &quot;{name}&quot; is not supported</source>
        <translation>die Aktivierung &quot;{name}&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>activations must be a list of {n} names, got {what}</source>
        <translation>activations muss eine Liste von {n} Namen sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>loss must be &quot;squared&quot; or &quot;cross_entropy&quot;, got {what}</source>
        <translation>loss muss &quot;squared&quot; oder &quot;cross_entropy&quot; sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>input_shape must be two numbers, rows and columns, like [6, 6], got {what}</source>
        <translation>input_shape muss aus zwei Zahlen bestehen, Zeilen und Spalten, wie [6, 6], erhalten: {what}</translation>
    </message>
    <message>
        <source>input_shape must be positive, got [{rows}, {cols}]</source>
        <translation>input_shape muss positiv sein, erhalten: [{rows}, {cols}]</translation>
    </message>
    <message>
        <source>input_shape [{rows}, {cols}] holds {n} inputs, but the input layer has {nodes} nodes</source>
        <translation>input_shape [{rows}, {cols}] fasst {n} Eingaben, aber die Eingabeschicht hat {nodes} Knoten</translation>
    </message>
    <message>
        <source>classes must be a list of {n} names, got {what}</source>
        <translation>classes muss eine Liste von {n} Namen sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>classes must name each of the {nodes}, it has {names}</source>
        <translation>classes muss jeden der {nodes} benennen, es hat {names}</translation>
    </message>
    <message>
        <source>classes[{k}] must be a name (text), got {what}</source>
        <translation>classes[{k}] muss ein Name (Text) sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>classes[{k}] is empty; every class needs a name</source>
        <translation>classes[{k}] ist leer; jede Klasse braucht einen Namen</translation>
    </message>
    <message>
        <source>classes[{k}] is {n} characters long; at most {most}</source>
        <translation>classes[{k}] ist {n} Zeichen lang; höchstens {most}</translation>
    </message>
    <message>
        <source>classes[{k}] holds a character that is not valid text</source>
        <translation>classes[{k}] enthält ein Zeichen, das kein gültiger Text ist</translation>
    </message>
    <message>
        <source>the class name &quot;{name}&quot; appears twice in classes</source>
        <translation>der Klassenname „{name}“ kommt in classes zweimal vor</translation>
    </message>
    <message>
        <source>{where} is {value}; it must lie between -{most} and {most}</source>
        <translation>{where} ist {value}; es muss zwischen -{most} und {most} liegen</translation>
    </message>
    <message>
        <source>{where} must be a whole number, got {what}</source>
        <translation>{where} muss eine ganze Zahl sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>{where} is too large a number; it must be finite</source>
        <translation>{where} ist eine zu große Zahl; sie muss endlich sein</translation>
    </message>
    <message>
        <source>{start}… ({n} digits)</source>
        <translation>{start}… ({n} Ziffern)</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <source>{n} value</source>
        <translation>{n} Wert</translation>
    </message>
    <message>
        <source>{n} name</source>
        <translation>{n} Namen</translation>
    </message>
    <message>
        <source>{n} output node</source>
        <translation>{n} Ausgabeknoten</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>{n} values</source>
        <translation>{n} Werte</translation>
    </message>
    <message>
        <source>{n} names</source>
        <translation>{n} Namen</translation>
    </message>
    <message>
        <source>{n} output nodes</source>
        <translation>{n} Ausgabeknoten</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>eine riesige Zahl</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>die Zahl {value}</translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation>der Text „{text}“</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>ein {type}</translation>
    </message>
    <message>
        <source>cannot be saved: {where} holds NaN or infinity</source>
        <extracomment>The value of the ``&quot;format&quot;`` key of every model file. The file version this FruitNet writes; it reads this one and every older one.</extracomment>
        <translation>kann nicht gespeichert werden: {where} enthält NaN oder Unendlich</translation>
    </message>
    <message>
        <source>cannot be saved: {where} holds a value beyond ±{most}, the largest a model file holds</source>
        <translation>kann nicht gespeichert werden: {where} enthält einen Wert jenseits von ±{most}, dem größten, den eine Modelldatei fasst</translation>
    </message>
    <message>
        <source>cannot be saved: {where} is not a finite number</source>
        <translation>kann nicht gespeichert werden: {where} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>cannot be saved: a class name holds a character that is not valid text</source>
        <translation>kann nicht gespeichert werden: ein Klassenname enthält ein Zeichen, das kein gültiger Text ist</translation>
    </message>
    <message>
        <source>cannot be saved ({reason})</source>
        <translation>kann nicht gespeichert werden ({reason})</translation>
    </message>
    <message>
        <source>a model file holds one JSON object {{...}}, this one holds {what}</source>
        <translation>eine Modelldatei enthält ein JSON-Objekt {{...}}, diese enthält {what}</translation>
    </message>
    <message>
        <source>a network without bias (&quot;bias&quot;: &quot;none&quot;) has no &quot;biases&quot; key</source>
        <translation>ein Netz ohne Bias (&quot;bias&quot;: &quot;none&quot;) hat keinen Schlüssel &quot;biases&quot;</translation>
    </message>
    <message>
        <source>the required key &quot;{key}&quot; is missing</source>
        <translation>der erforderliche Schlüssel &quot;{key}&quot; fehlt</translation>
    </message>
    <message>
        <source>one bias weight per layer</source>
        <translation>ein Bias-Gewicht je Schicht</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; needs version 2 of the model format; this file says version 1</source>
        <translation>&quot;{key}&quot; braucht Version 2 des Modellformats; diese Datei gibt Version 1 an</translation>
    </message>
    <message>
        <source>{where} must be an object {{...}}, got {what}</source>
        <translation>{where} muss ein Objekt {{...}} sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>not a FruitNet model file: it has no &quot;format&quot; key (expected &quot;{format}&quot;)</source>
        <translation>keine FruitNet-Modelldatei: sie hat keinen Schlüssel &quot;format&quot; (erwartet: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>this is a FruitNet dataset file, not a model file</source>
        <translation>das ist eine FruitNet-Datensatzdatei, keine Modelldatei</translation>
    </message>
    <message>
        <source>not a FruitNet model file: &quot;format&quot; is {what}, not &quot;{format}&quot;</source>
        <translation>keine FruitNet-Modelldatei: &quot;format&quot; ist {what}, nicht &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>the &quot;version&quot; key is missing</source>
        <translation>der Schlüssel &quot;version&quot; fehlt</translation>
    </message>
    <message>
        <source>the version must be a whole number such as 1, got {what}</source>
        <translation>die Version muss eine ganze Zahl wie 1 sein, erhalten: {what}</translation>
    </message>
    <message>
        <source>was written by a newer FruitNet (version {version}); this one reads version {newest}</source>
        <translation>wurde von einem neueren FruitNet geschrieben (Version {version}); dieses liest Version {newest}</translation>
    </message>
    <message>
        <source>version {version} is unknown; this FruitNet reads versions 1 and 2</source>
        <translation>Version {version} ist unbekannt; dieses FruitNet liest die Versionen 1 und 2</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;; a model file has only the keys {keys}</source>
        <translation>unbekannter Schlüssel &quot;{key}&quot;; eine Modelldatei hat nur die Schlüssel {keys}</translation>
    </message>
</context>
<context>
    <name>Naming</name>
    <message>
        <source>Nodes: inputs x1, x2, …, hidden h1, h2, …, outputs y1, y2, …</source>
        <translation>Knoten: Eingaben x1, x2, …, verdeckte h1, h2, …, Ausgaben y1, y2, …</translation>
    </message>
    <message>
        <source>Nodes: inputs x1, x2, …; hidden node j of hidden layer l is h&lt;l&gt;_&lt;j&gt; (h2_1 is node 1 of hidden layer 2, of {n}); outputs y1, y2, …</source>
        <translation>Knoten: Eingaben x1, x2, …; der verdeckte Knoten j der verdeckten Schicht l heißt h&lt;l&gt;_&lt;j&gt; (h2_1 ist Knoten 1 der verdeckten Schicht 2 von {n}); Ausgaben y1, y2, …</translation>
    </message>
    <message>
        <source>Weights are numbered w1, w2, … layer by layer from the input, and within a layer row by row by source node (w1 is x1 → the first node, w2 is x1 → the second).</source>
        <translation>Die Gewichte sind w1, w2, … Schicht für Schicht von der Eingabe an nummeriert, innerhalb einer Schicht zeilenweise nach dem Ausgangsknoten (w1 ist x1 → erster Knoten, w2 ist x1 → zweiter).</translation>
    </message>
    <message>
        <source> Bias weights bw1, bw2, … follow the same order, one per node.</source>
        <translation> Die Bias-Gewichte bw1, bw2, … folgen derselben Reihenfolge, eines je Knoten.</translation>
    </message>
    <message>
        <source> One bias weight per layer: bw1 feeds the first hidden layer, bw2 the next.</source>
        <translation> Ein Bias-Gewicht je Schicht: bw1 speist die erste verdeckte Schicht, bw2 die nächste.</translation>
    </message>
    <message>
        <source> This network has no bias weights.</source>
        <translation> Dieses Netz hat keine Bias-Gewichte.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>input layer</source>
        <translation>Eingabeschicht</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>verdeckte Schicht</translation>
    </message>
    <message>
        <source>hidden {n}</source>
        <translation>verdeckt {n}</translation>
    </message>
    <message>
        <source>hidden layer {n}</source>
        <translation>verdeckte Schicht {n}</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>Network canvas</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>New value of {name}</source>
        <translation>Neuer Wert von {name}</translation>
    </message>
    <message>
        <source>A {layers} network. Up and Down choose a weight, Enter edits it.</source>
        <translation>Ein {layers}-Netz. Auf und Ab wählen ein Gewicht, Eingabe bearbeitet es.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>The paper prints w5_new = {printed}, but {line}: it dropped the minus sign. The gradient {gradient} is positive, so gradient descent must make w5 smaller, and {difference} is below zero.</source>
        <extracomment>Every number the paper prints in its Steps 2 to 5, as printed. The chain rule&apos;s factors the paper prints in Step 4, as printed. The inner gradients: the paper keeps the product of its rounded factors unrounded.</extracomment>
        <translation>Der Artikel druckt w5_new = {printed}, aber {line}: Das Minuszeichen ist verloren gegangen. Der Gradient {gradient} ist positiv, also muss der Gradientenabstieg w5 verkleinern, und {difference} ist kleiner als null.</translation>
    </message>
    <message>
        <source>The paper prints E_total = {printed}, but its own rounded outputs give {line}: a small slip in its fifth decimal.</source>
        <translation>Der Artikel druckt E_total = {printed}, aber seine eigenen gerundeten Ausgaben ergeben {line}: ein kleiner Fehler in der fünften Nachkommastelle.</translation>
    </message>
    <message>
        <source>Exact arithmetic gives {value} (from the unrounded gradient).</source>
        <translation>Die exakte Rechnung ergibt {value} (aus dem ungerundeten Gradienten).</translation>
    </message>
    <message>
        <source>Rounded to {n} decimals that is {value}.</source>
        <translation>Auf {n} Nachkommastellen gerundet ist das {value}.</translation>
    </message>
    <message>
        <source>Exact arithmetic gives {value}.</source>
        <translation>Die exakte Rechnung ergibt {value}.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here: the product of its rounded factors {factors}, left unrounded.</source>
        <translation>Der Artikel druckt hier {printed}: das Produkt seiner gerundeten Faktoren {factors}, ungerundet gelassen.</translation>
    </message>
    <message>
        <source>Exact arithmetic, from unrounded factors, gives the value shown.</source>
        <translation>Die exakte Rechnung aus ungerundeten Faktoren ergibt den angezeigten Wert.</translation>
    </message>
    <message>
        <source>Pencil mode rounds it to {n} decimals, as it does every value.</source>
        <translation>Die Handrechnung rundet ihn auf {n} Nachkommastellen, wie jeden Wert.</translation>
    </message>
    <message>
        <source>Pencil mode with 4 decimals rounds the way it did and gives its number.</source>
        <translation>Die Handrechnung mit 4 Nachkommastellen rundet wie der Artikel und ergibt dessen Zahl.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here. It worked by hand from intermediates rounded to 4 decimals, so its last digits differ from exact arithmetic.</source>
        <translation>Der Artikel druckt hier {printed}. Er hat von Hand mit auf 4 Nachkommastellen gerundeten Zwischenergebnissen gerechnet, daher weichen seine letzten Ziffern von der exakten Rechnung ab.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here: it rounds every intermediate to 4 decimals, this pencil mode to {n}.</source>
        <translation>Der Artikel druckt hier {printed}: Er rundet jedes Zwischenergebnis auf 4 Nachkommastellen, diese Handrechnung auf {n}.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here; rounding every value to 4 decimals and carrying it forward gives {shown}: the paper rounded some intermediate differently.</source>
        <translation>Der Artikel druckt hier {printed}; jeden Wert auf 4 Nachkommastellen zu runden und weiterzuverwenden ergibt {shown}: Der Artikel hat ein Zwischenergebnis anders gerundet.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>; </source>
        <comment>between the numbers of a list, with a decimal comma</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Forward propagation</source>
        <extracomment>The worked example&apos;s step that each phase belongs to, and the step&apos;s title.</extracomment>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Total error</source>
        <translation>Gesamtfehler</translation>
    </message>
    <message>
        <source>Backpropagation: the gradients</source>
        <translation>Fehlerrückführung: die Gradienten</translation>
    </message>
    <message>
        <source>Updating the weights</source>
        <translation>Aktualisierung der Gewichte</translation>
    </message>
    <message>
        <source>Step {number} · {title}</source>
        <translation>Schritt {number} · {title}</translation>
    </message>
</context>
<context>
    <name>PixelEditor</name>
    <message>
        <source>Input editor</source>
        <translation>Eingabe-Editor</translation>
    </message>
    <message>
        <source>The sample: its pixels or input values, the ink and the label</source>
        <translation>Das Beispiel: seine Pixel oder Eingabewerte, die Tinte und die Klasse</translation>
    </message>
    <message>
        <source>Gray level the left button paints with (0 white, 1 black)</source>
        <translation>Graustufe, mit der die linke Maustaste malt (0 weiß, 1 schwarz)</translation>
    </message>
    <message>
        <source>Ink: gray level painted</source>
        <translation>Tinte: gemalte Graustufe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Set every pixel to 0 (white)</source>
        <translation>Jedes Pixel auf 0 (weiß) setzen</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Every pixel v becomes 1 − v</source>
        <translation>Jedes Pixel v wird zu 1 − v</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Wiederholen (Strg+Umschalt+Z oder Strg+Y)</translation>
    </message>
    <message>
        <source>The class this sample belongs to: it sets the target</source>
        <translation>Die Klasse dieses Beispiels: Sie legt den Zielwert fest</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Tinte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Left-drag paints, right-drag erases, double-click (or Enter) types a value</source>
        <translation>Linke Maustaste: malen; rechte Maustaste: radieren; Doppelklick (oder Eingabetaste): Wert eingeben</translation>
    </message>
    <message>
        <source>“{text}” is not a number: type a gray level from 0 to 1</source>
        <translation>„{text}“ ist keine Zahl: Tippen Sie eine Graustufe von 0 bis 1</translation>
    </message>
    <message>
        <source>{text} is outside 0 to 1: 0 is white, 1 is black</source>
        <translation>{text} liegt außerhalb von 0 bis 1: 0 ist weiß, 1 ist schwarz</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>Export nach {path} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>no picture format {name}</source>
        <translation>kein Bildformat {name}</translation>
    </message>
    <message>
        <source>FruitNet plot</source>
        <translation>FruitNet-Diagramm</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{axis} axis</source>
        <translation>{axis}-Achse</translation>
    </message>
    <message>
        <source>The whole picture</source>
        <translation>Das ganze Bild</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Plot area</source>
        <translation>Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>The sign is flipped: the magnitude is right, the sign is not.</source>
        <extracomment>Every mistake the diagnosis knows, and the sentence that names it.</extracomment>
        <translation>Das Vorzeichen ist vertauscht: Der Betrag stimmt, das Vorzeichen nicht.</translation>
    </message>
    <message>
        <source>The sigmoid&apos;s slope out × (1 − out) is left out of the chain rule.</source>
        <translation>Die Steigung der Sigmoidfunktion out × (1 − out) fehlt in der Kettenregel.</translation>
    </message>
    <message>
        <source>A net input is used where the node&apos;s output (after the sigmoid) belongs.</source>
        <translation>Eine Netzeingabe wird verwendet, wo die Ausgabe des Knotens (nach der Sigmoidfunktion) hingehört.</translation>
    </message>
    <message>
        <source>An output (after the sigmoid) is used where the net input belongs.</source>
        <translation>Eine Ausgabe (nach der Sigmoidfunktion) wird verwendet, wo die Netzeingabe hingehört.</translation>
    </message>
    <message>
        <source>A new weight is used where the old one belongs: every gradient uses the weights from before the update.</source>
        <translation>Ein neues Gewicht wird verwendet, wo das alte hingehört: Jeder Gradient verwendet die Gewichte vor der Aktualisierung.</translation>
    </message>
    <message>
        <source>Only one output&apos;s error term is counted: an inner weight collects the error coming back from every output.</source>
        <translation>Nur der Fehlerterm einer Ausgabe wird gezählt: Ein inneres Gewicht sammelt den Fehler, der von jeder Ausgabe zurückkommt.</translation>
    </message>
    <message>
        <source>The ½ of the error is not counted (the answer is twice the right one).</source>
        <translation>Das ½ des Fehlers wurde nicht berücksichtigt (die Antwort ist doppelt so groß wie die richtige).</translation>
    </message>
    <message>
        <source>The ½ of the error is counted twice (the answer is half the right one).</source>
        <translation>Das ½ des Fehlers wurde doppelt berücksichtigt (die Antwort ist halb so groß wie die richtige).</translation>
    </message>
    <message>
        <source>The learning rate is not applied: new = old − η × gradient.</source>
        <translation>Die Lernrate wurde nicht angewendet: neu = alt − η × Gradient.</translation>
    </message>
    <message>
        <source>The learning rate is applied twice (η² instead of η).</source>
        <translation>Die Lernrate wurde doppelt angewendet (η² statt η).</translation>
    </message>
    <message>
        <source>Rounded too early: the intermediates were rounded to fewer decimals than the answer, and the error carried forward.</source>
        <translation>Zu früh gerundet: Die Zwischenergebnisse wurden auf weniger Nachkommastellen als die Antwort gerundet, und der Fehler hat sich fortgepflanzt.</translation>
    </message>
    <message>
        <source>One digit differs (or two are swapped): a typing slip?</source>
        <translation>Eine Ziffer weicht ab (oder zwei sind vertauscht): ein Tippfehler?</translation>
    </message>
    <message>
        <source>Pencil mode: type the value rounded to {n} decimals, computed from the rounded values before it.</source>
        <extracomment>the answer was not one the rule can judge (not a number, too few digits): no try</extracomment>
        <translation>Handrechnung: Tippen Sie den auf {n} Nachkommastellen gerundeten Wert ein, berechnet aus den gerundeten Werten davor.</translation>
    </message>
    <message>
        <source>Exact mode: type at least 3 significant digits; the value must round to what you typed (a calculation from values rounded to as many decimals counts as right).</source>
        <translation>Exakte Rechnung: Tippen Sie mindestens 3 gültige Ziffern ein; der Wert muss auf das Getippte gerundet werden (eine Rechnung mit auf ebenso viele Nachkommastellen gerundeten Werten zählt als richtig).</translation>
    </message>
    <message>
        <source>{text} is not a number: type digits, e.g. {example}.</source>
        <translation>{text} ist keine Zahl: Tippen Sie Ziffern, z. B. {example}.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Nearly: pencil mode keeps {n} decimals, so type {shown}.</source>
        <translation>Fast: Die Handrechnung behält {n} Nachkommastellen, tippen Sie also {shown}.</translation>
    </message>
    <message>
        <source>Right so far: now type at least 3 significant digits (e.g. {good}, not {short}).</source>
        <translation>Bis hierhin richtig: Tippen Sie jetzt mindestens 3 gültige Ziffern (z. B. {good}, nicht {short}).</translation>
    </message>
    <message>
        <source>Not right. Try again, or ask for a hint.</source>
        <translation>Nicht richtig. Versuchen Sie es noch einmal oder fragen Sie nach einem Hinweis.</translation>
    </message>
    <message>
        <source>Not right. {why}</source>
        <translation>Nicht richtig. {why}</translation>
    </message>
    <message>
        <source>first try</source>
        <extracomment>How each outcome reads in the report (the English constants stay the data&apos;s keys).</extracomment>
        <translation>beim ersten Versuch</translation>
    </message>
    <message>
        <source>after tries or hints</source>
        <translation>nach Versuchen oder Hinweisen</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>aufgedeckt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Iteration {n}: {first} of {total} right at the first try, {after} after more tries or hints, {revealed} revealed.</source>
        <extracomment>a lesson&apos;s questions: only these are asked and counted (None: every one)</extracomment>
        <translation>Iteration {n}: {first} von {total} beim ersten Versuch richtig, {after} nach weiteren Versuchen oder Hinweisen, {revealed} aufgedeckt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your turn:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selbst rechnen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>type the value, then Enter</source>
        <translation>Wert eintippen, dann Eingabe</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>H&amp;int</source>
        <translation>Hin&amp;weis</translation>
    </message>
    <message>
        <source>First the formula in symbols, then with the numbers</source>
        <translation>Zuerst die Formel in Symbolen, dann mit den Zahlen</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Au&amp;fdecken</translation>
    </message>
    <message>
        <source>Show the answer (counted as revealed)</source>
        <translation>Die Antwort zeigen (zählt als aufgedeckt)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>The score of every iteration, as CSV or a printable PDF</source>
        <translation>Die Punktzahl jeder Iteration, als CSV oder druckbares PDF</translation>
    </message>
    <message>
        <source>Right: {name} = {value}.</source>
        <translation>Richtig: {name} = {value}.</translation>
    </message>
    <message>
        <source>Hint: {formula}</source>
        <translation>Hinweis: {formula}</translation>
    </message>
    <message>
        <source>{name} = {value} (revealed).</source>
        <translation>{name} = {value} (aufgedeckt).</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step&lt;/b&gt; (→) to the next question.</source>
        <translation>Drücken Sie &lt;b&gt;Weiter&lt;/b&gt; (→) für die nächste Frage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Iteration complete.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Iteration abgeschlossen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source> Press Next iteration (N) to go on.</source>
        <translation> Drücken Sie Nächste Iteration (N), um weiterzumachen.</translation>
    </message>
    <message>
        <source>This iteration: {first} right at the first try, {after} after tries or hints, {revealed} revealed, of {total}.</source>
        <translation>Diese Iteration: {first} beim ersten Versuch richtig, {after} nach Versuchen oder Hinweisen, {revealed} aufgedeckt, von {total}.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the earlier iterations&apos; scores</comment>
        <translation>; </translation>
    </message>
    <message>
        <source> Before: </source>
        <translation> Vorher: </translation>
    </message>
    <message>
        <source>iteration {n}: {right}/{total}</source>
        <translation>Iteration {n}: {right}/{total}</translation>
    </message>
    <message>
        <source>practice-report.csv</source>
        <translation>uebungsbericht.csv</translation>
    </message>
    <message>
        <source>FruitNet practice report</source>
        <translation>FruitNet-Übungsbericht</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Save practice report</source>
        <translation>Übungsbericht speichern</translation>
    </message>
    <message>
        <source>{path}: could not be saved ({reason})</source>
        <translation>{path}: konnte nicht gespeichert werden ({reason})</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>Your turn</source>
        <extracomment>The feedback&apos;s colours, by the theme&apos;s roles (readable on each theme&apos;s window).</extracomment>
        <translation>Selbst rechnen</translation>
    </message>
    <message>
        <source>Type the value of the sub-step; Enter checks it</source>
        <translation>Tippen Sie den Wert des Teilschritts ein; Eingabe prüft ihn</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Leave (Esc)</source>
        <extracomment>The smallest text in presentation mode, in points at 1× scale ... ... and in device pixels (points at 96 dots per inch). The formula view&apos;s smallest text is this fraction of its font. A 2-2-2 net looks right in about this many canvas units; larger canvases zoom in.</extracomment>
        <translation>Verlassen (Esc)</translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <extracomment>Esc (or F5) was pressed, or the window was closed: leave presentation mode.</extracomment>
        <translation>{title} — Präsentation</translation>
    </message>
    <message>
        <source>the stepper&apos;s buttons would be wider than the screen</source>
        <translation>die Schaltflächen der Schrittleiste wären breiter als der Bildschirm</translation>
    </message>
    <message>
        <source>the network would not show every name, value and weight</source>
        <translation>das Netz würde nicht alle Namen, Werte und Gewichte zeigen</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Full screen for a projector: the network, the formula and the stepper</source>
        <translation>Vollbild für einen Beamer: das Netz, die Formel und die Schrittsteuerung</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>the initial weights</source>
        <extracomment>At most this many weight snapshots per run (the initial weights included).</extracomment>
        <translation>die Anfangsgewichte</translation>
    </message>
    <message>
        <source>epoch {epoch} + {samples} samples</source>
        <translation>Epoche {epoch} + {samples} Beispiele</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <extracomment>The activations&apos; names as a person reads them in a run&apos;s title (the model file keeps &quot;sigmoid&quot;): sigmoid and linear are words of the language, tanh and ReLU are names.</extracomment>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>mini-batch {n}</source>
        <extracomment>A run in one of these states owns the network: edits wait until it ends. How a run can end. The weights after its epochs, evenly thinned (the scrubber replays them).</extracomment>
        <translation>Mini-Batches zu {n}</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>run {number}: {layers} {acts}, η {lr}, {mode}, seed {seed}</source>
        <translation>Lauf {number}: {layers} {acts}, η {lr}, {mode}, Seed {seed}</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>Okabe-Ito colours, one per run compared after the theme&apos;s two curve colours (then again with another dash). How a run ended, as its entry says it.</extracomment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>{status}: nothing trained</source>
        <translation>{status}: nichts trainiert</translation>
    </message>
    <message>
        <source>{n} epochs, error {error}, accuracy {accuracy}</source>
        <translation>{n} Epochen, Fehler {error}, Genauigkeit {accuracy}</translation>
    </message>
    <message>
        <source> ({status})</source>
        <translation> ({status})</translation>
    </message>
    <message>
        <source> · curves only</source>
        <translation> · nur Kurven</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Every training run: pick one and move the slider to see its weights after each epoch; pick two or more to compare their training error</source>
        <translation>Jeder Trainingslauf: Wählen Sie einen und bewegen Sie den Schieberegler, um seine Gewichte nach jeder Epoche zu sehen; wählen Sie zwei oder mehr, um ihren Trainingsfehler zu vergleichen</translation>
    </message>
    <message>
        <source>Click a run to replay it; Ctrl+click more to compare them</source>
        <translation>Klicken Sie auf einen Lauf, um ihn erneut abzuspielen; Strg+Klick auf weitere, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>Drag to see the weights after each epoch of the run</source>
        <translation>Ziehen Sie, um die Gewichte nach jeder Epoche des Laufs zu sehen</translation>
    </message>
    <message>
        <source>Replay the run epoch by epoch</source>
        <translation>Den Lauf Epoche für Epoche abspielen</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zum aktuellen Netz</translation>
    </message>
    <message>
        <source>Show the live network again (Esc)</source>
        <translation>Wieder das aktuelle Netz zeigen (Esc)</translation>
    </message>
    <message>
        <source>Reset to initial</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <source>Reset to initial weights: give the network the weights this run started from</source>
        <translation>Zurück zu den Anfangsgewichten: dem Netz die Gewichte geben, mit denen dieser Lauf begann</translation>
    </message>
    <message>
        <source>Training error of the runs picked</source>
        <translation>Trainingsfehler der gewählten Läufe</translation>
    </message>
    <message>
        <source>One curve per run, training error per epoch on a log scale; the dashed line marks the epoch replayed</source>
        <translation>Eine Kurve je Lauf, Trainingsfehler je Epoche auf logarithmischer Skala; die gestrichelte Linie markiert die abgespielte Epoche</translation>
    </message>
    <message>
        <source>training error (log)</source>
        <translation>Trainingsfehler (log)</translation>
    </message>
    <message>
        <source>Train the network to record a run.</source>
        <translation>Trainieren Sie das Netz, um einen Lauf aufzuzeichnen.</translation>
    </message>
    <message>
        <source>The run is training: it can be replayed when it has ended.</source>
        <translation>Der Lauf trainiert noch: Er kann abgespielt werden, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>Runs can be replayed when training has ended.</source>
        <translation>Läufe können abgespielt werden, wenn das Training beendet ist.</translation>
    </message>
    <message>
        <source>Run {number} is old: only its curves were kept.</source>
        <translation>Lauf {number} ist alt: Nur seine Kurven wurden behalten.</translation>
    </message>
    <message>
        <source>Run {number} trained another network: “Reset to initial” brings that network back, to replay or train it again.</source>
        <translation>Lauf {number} hat ein anderes Netz trainiert: „Anfangsgewichte“ holt dieses Netz zurück, um es abzuspielen oder erneut zu trainieren.</translation>
    </message>
    <message>
        <source>Showing the live network</source>
        <translation>Das aktuelle Netz wird gezeigt</translation>
    </message>
    <message>
        <source>Run {number}: {weights} of {trained}</source>
        <translation>Lauf {number}: {weights} von {trained}</translation>
    </message>
    <message>
        <source>Pick runs above to see their training error here.</source>
        <translation>Wählen Sie oben Läufe, um hier ihren Trainingsfehler zu sehen.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>self-test failed: {reason}</source>
        <extracomment>Ceilings of the waits (seconds), far above what they take (under 1 s and ~3 s here). Exact float64 values the window must show (docs/DESIGN.md section 1, 10 digits).</extracomment>
        <translation>Selbsttest fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>Selbsttest bestanden</translation>
    </message>
    <message>
        <source>{what} did not happen within {seconds} s</source>
        <extracomment>What Qt&apos;s offscreen platform says about itself, not about FruitNet.</extracomment>
        <translation>{what} war nicht innerhalb von {seconds} s fertig</translation>
    </message>
    <message>
        <source>showing the window</source>
        <translation>das Anzeigen des Fensters</translation>
    </message>
    <message>
        <source>window shown ({platform}, {seconds} s after the Qt application was made): {title}</source>
        <translation>Fenster angezeigt ({platform}, {seconds} s nach dem Erzeugen der Qt-Anwendung): {title}</translation>
    </message>
    <message>
        <source>the window&apos;s icon is not drawn (from {folder})</source>
        <translation>das Fenstersymbol wird nicht gezeichnet (aus {folder})</translation>
    </message>
    <message>
        <source>no {pattern} in {folder}</source>
        <translation>kein {pattern} in {folder}</translation>
    </message>
    <message>
        <source>the dataset {name} is not in {folder}</source>
        <translation>der Datensatz {name} ist nicht in {folder}</translation>
    </message>
    <message>
        <source>the lessons in {folder} are {found}, not {expected}</source>
        <translation>die Lektionen in {folder} sind {found}, nicht {expected}</translation>
    </message>
    <message>
        <source>a shipped lesson does not open: {reason}</source>
        <translation>eine mitgelieferte Lektion lässt sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <source>icons, datasets ({names}) and lessons ({n} in each of {languages}) found in {folder}</source>
        <translation>Symbole, Datensätze ({names}) und Lektionen ({n} in jeder der Sprachen {languages}) gefunden in {folder}</translation>
    </message>
    <message>
        <source>Qt&apos;s own translation ({file}) is not in {folder}</source>
        <extracomment>A label of Qt&apos;s own file dialog (Qt&apos;s string, not FruitNet&apos;s: not in fruitnet_xx.ts).</extracomment>
        <translation>Qts eigene Übersetzung ({file}) ist nicht in {folder}</translation>
    </message>
    <message>
        <source>FruitNet&apos;s translation {file} is not in {folder}</source>
        <translation>FruitNets Übersetzung {file} ist nicht in {folder}</translation>
    </message>
    <message>
        <source>language {code}: Cancel reads “{cancel}”, the file dialog&apos;s “{file_name}” (Qt&apos;s translation from {folder}); decimal separator {separator}</source>
        <translation>Sprache {code}: die Schaltfläche Cancel lautet „{cancel}“, das „File name:“ des Dateidialogs „{file_name}“ (Qts Übersetzung aus {folder}); Dezimaltrennzeichen {separator}</translation>
    </message>
    <message>
        <source>the SVG picture of the network is not a drawing ({n} bytes)</source>
        <translation>das SVG-Bild des Netzes ist keine Zeichnung ({n} Bytes)</translation>
    </message>
    <message>
        <source>SVG picture of the network: {n} bytes</source>
        <translation>SVG-Bild des Netzes: {n} Bytes</translation>
    </message>
    <message>
        <source>Step went to sub-step {position}, not {wanted}</source>
        <translation>Schritt ging zu Teilschritt {position}, nicht {wanted}</translation>
    </message>
    <message>
        <source>sub-step {k} shows {shown}, the iteration {expected}</source>
        <translation>Teilschritt {k} zeigt {shown}, die Iteration {expected}</translation>
    </message>
    <message>
        <source>{name} = {value} stepped, {model} from the model</source>
        <translation>{name} = {value} schrittweise, {model} laut Modell</translation>
    </message>
    <message>
        <source>{name} shows {shown}, not {paper}</source>
        <translation>{name} zeigt {shown}, nicht {paper}</translation>
    </message>
    <message>
        <source>the iteration never showed {name}</source>
        <translation>die Iteration hat {name} nie gezeigt</translation>
    </message>
    <message>
        <source>the values table shows {name} = {value}</source>
        <translation>die Wertetabelle zeigt {name} = {value}</translation>
    </message>
    <message>
        <source>the weights after the last sub-step are not a training step&apos;s</source>
        <translation>die Gewichte nach dem letzten Teilschritt sind nicht die eines Trainingsschritts</translation>
    </message>
    <message>
        <source>paper iteration: {n} sub-steps shown as computed, nety1 = {nety1}, E_total = {etotal}</source>
        <translation>Iteration des Artikels: {n} Teilschritte wie berechnet angezeigt, nety1 = {nety1}, E_total = {etotal}</translation>
    </message>
    <message>
        <source>the shipped fruit images could not be loaded</source>
        <translation>die mitgelieferten Obstbilder ließen sich nicht laden</translation>
    </message>
    <message>
        <source>the shipped fruit images are missing</source>
        <translation>die mitgelieferten Obstbilder fehlen</translation>
    </message>
    <message>
        <source>one epoch of training</source>
        <translation>eine Trainingsepoche</translation>
    </message>
    <message>
        <source>training failed: {reason}</source>
        <translation>das Training ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>training did not run in the window&apos;s training process</source>
        <translation>das Training lief nicht im Trainingsprozess des Fensters</translation>
    </message>
    <message>
        <source>the training process was started by {method}, not spawn</source>
        <translation>der Trainingsprozess wurde mit {method} gestartet, nicht mit spawn</translation>
    </message>
    <message>
        <source>training stopped after {n} epochs, not 1</source>
        <translation>das Training hielt nach {n} Epochen an, nicht nach 1</translation>
    </message>
    <message>
        <source>the training process&apos;s weights differ from training here</source>
        <translation>die Gewichte des Trainingsprozesses weichen vom Training hier ab</translation>
    </message>
    <message>
        <source>the window did not adopt the trained weights</source>
        <translation>das Fenster hat die trainierten Gewichte nicht übernommen</translation>
    </message>
    <message>
        <source>compiled (Numba)</source>
        <translation>kompiliert (Numba)</translation>
    </message>
    <message>
        <source>fruit net: 1 epoch on {n} images in the training process (pid {pid}, started by {method}), {seconds} s; same weights as here ({kernel} loop); training error {error}, test accuracy {accuracy}</source>
        <translation>Obst-Netz: 1 Epoche mit {n} Bildern im Trainingsprozess (PID {pid}, gestartet mit {method}), {seconds} s; dieselben Gewichte wie hier ({kernel}-Schleife); Trainingsfehler {error}, Testgenauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>the weights</source>
        <translation>die Gewichte</translation>
    </message>
    <message>
        <source>the sample</source>
        <translation>das Beispiel</translation>
    </message>
    <message>
        <source>the datasets</source>
        <translation>die Datensätze</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>die Lernrate</translation>
    </message>
    <message>
        <source>the conventions</source>
        <translation>die Konventionen</translation>
    </message>
    <message>
        <source>the network</source>
        <extracomment>Asked before the network is replaced (the window&apos;s Save / Discard / Cancel about unsaved work): ``confirm_replace(doing) -&gt; bool``.</extracomment>
        <translation>das Netz</translation>
    </message>
    <message>
        <source>the iteration shown</source>
        <translation>die angezeigte Iteration</translation>
    </message>
    <message>
        <source>training</source>
        <translation>das Training</translation>
    </message>
    <message>
        <source>This lesson is done in Your turn: the teacher keeps it on.</source>
        <extracomment>The state&apos;s events. ``network``: another network (its shape may differ); ``sample``: the input or label; ``iteration``: a new iteration was built; ``cursor(position)``; ``level(level)``; ``history``: the E_total list; ``dataset``; ``weights``: new weights, same shape (a trained model adopted); ``error(message)``: something asked for was refused, the state is as it was; ``run(run, what)``: a run ``started``/``ended``; ``replay(replay)``: a run&apos;s epoch is shown (a :class:`Replay`) or None, the live network again; ``runs``: the run list, or what Edit → Undo / Redo would do, changed. The 6×6 image nets start on the first hand-drawn red apple. Which lesson lock (lesson_io.CONTROLS) holds each thing an edit may change. An explicit target vector (a soft target from a dataset), or None: one-hot. E_total of every completed iteration since the last restart, in order. The training set and the test set shown in the dataset browser. The run that is live, or the last one (None before the first). Every run (the run history), the epoch replayed, and the run whose trained weights the network has. What an open lesson locks (lesson_io.CONTROLS), and the lesson itself (or None). Work no file holds yet by kind (weights, sample, dataset, practice), as asked.</extracomment>
        <translation>Diese Lektion läuft im Modus Selbst rechnen: Die Lehrkraft lässt ihn eingeschaltet.</translation>
    </message>
    <message>
        <source>This lesson locks {what}: the teacher set them for this lesson.</source>
        <translation>Diese Lektion sperrt {what}: Die Lehrkraft hat sie für diese Lektion festgelegt.</translation>
    </message>
    <message>
        <source>Training is in progress: {what} cannot change until it ends (Stop ends it, keeping the weights learnt so far).</source>
        <translation>Ein Training läuft: {what} kann sich erst nach seinem Ende ändern (Stopp beendet es und behält die bisher gelernten Gewichte).</translation>
    </message>
    <message>
        <source>unknown preset {name}: use paper or fruit</source>
        <translation>unbekanntes vordefiniertes Netz {name}: verwenden Sie paper oder fruit</translation>
    </message>
    <message>
        <source>a weight must be a finite number</source>
        <translation>ein Gewicht muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>a weight must lie between -{low} and {high}</source>
        <translation>ein Gewicht muss zwischen -{low} und {high} liegen</translation>
    </message>
    <message>
        <source>there is no weight called {name} in this network</source>
        <translation>in diesem Netz gibt es kein Gewicht namens {name}</translation>
    </message>
    <message>
        <source>the trained network has another shape</source>
        <translation>das trainierte Netz hat eine andere Form</translation>
    </message>
    <message>
        <source>this network takes {n} inputs, got {got}</source>
        <translation>dieses Netz nimmt {n} Eingaben, erhalten: {got}</translation>
    </message>
    <message>
        <source>input values must be numbers (not NaN or infinity)</source>
        <translation>Eingabewerte müssen Zahlen sein (weder NaN noch unendlich)</translation>
    </message>
    <message>
        <source>input values are gray levels between 0 and 1</source>
        <translation>Eingabewerte sind Graustufen zwischen 0 und 1</translation>
    </message>
    <message>
        <source>unknown label {label}</source>
        <translation>unbekannte Klasse {label}</translation>
    </message>
    <message>
        <source>{label} is not the class of the largest target value</source>
        <translation>{label} ist nicht die Klasse des größten Zielwerts</translation>
    </message>
    <message>
        <source>this dataset does not fit the network: {why}</source>
        <translation>dieser Datensatz passt nicht zum Netz: {why}</translation>
    </message>
    <message>
        <source>there is no such sample</source>
        <translation>dieses Beispiel gibt es nicht</translation>
    </message>
    <message>
        <source>the saved sample does not fit the saved network</source>
        <translation>das gespeicherte Beispiel passt nicht zum gespeicherten Netz</translation>
    </message>
    <message>
        <source>training is already running; stop it first</source>
        <extracomment>The run list keeps this many runs (the oldest goes). The newest this many runs keep their weight snapshots (the fruit net&apos;s take ≤ 11 MB).
----------
Processes let go and not yet exited: their queues and events stay referenced. Train in a separate process (False: in a thread, sharing the GIL). The run that is live, or the last one.</extracomment>
        <translation>ein Training läuft bereits; stoppen Sie es zuerst</translation>
    </message>
    <message>
        <source>a run can be replayed when it has ended</source>
        <translation>ein Lauf kann abgespielt werden, wenn er beendet ist</translation>
    </message>
    <message>
        <source>runs can be replayed when training has ended</source>
        <translation>Läufe können abgespielt werden, wenn das Training beendet ist</translation>
    </message>
    <message>
        <source>run {number} is old: only its curves were kept</source>
        <translation>Lauf {number} ist alt: nur seine Kurven wurden behalten</translation>
    </message>
    <message>
        <source>run {number} trained another network: reset to its initial weights to work with that network</source>
        <translation>Lauf {number} hat ein anderes Netz trainiert: Setzen Sie auf seine Anfangsgewichte zurück, um mit diesem Netz zu arbeiten</translation>
    </message>
    <message>
        <source>run {number} has no snapshot {index}</source>
        <translation>Lauf {number} hat keinen Schnappschuss {index}</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation>es gibt nichts zu wiederholen</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>1 step/s</source>
        <extracomment>Play speeds: label and timer interval in milliseconds (0: as fast as the views draw).</extracomment>
        <translation>1 Schritt/s</translation>
    </message>
    <message>
        <source>2 steps/s</source>
        <translation>2 Schritte/s</translation>
    </message>
    <message>
        <source>5 steps/s</source>
        <translation>5 Schritte/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 Schritte/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 Schritte/s</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Volle Geschwindigkeit</translation>
    </message>
    <message>
        <source>each factor</source>
        <translation>jeden Faktor</translation>
    </message>
    <message>
        <source>each quantity</source>
        <translation>jede Größe</translation>
    </message>
    <message>
        <source>each node</source>
        <translation>jeden Knoten</translation>
    </message>
    <message>
        <source>each layer</source>
        <translation>jede Schicht</translation>
    </message>
    <message>
        <source>each phase</source>
        <translation>jede Phase</translation>
    </message>
    <message>
        <source>whole iteration</source>
        <translation>ganze Iteration</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>&quot;Hold the answer&quot;: a Step first shows the next sub-step&apos;s formula (this signal), the next press reveals it.</extracomment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the start of the iteration</source>
        <translation>Zurück zum Anfang der Iteration</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Den letzten Schritt rückgängig machen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Reveal the next sub-step</source>
        <translation>Den nächsten Teilschritt aufdecken</translation>
    </message>
    <message>
        <source>Run to end of phase</source>
        <translation>Bis zum Ende der Phase</translation>
    </message>
    <message>
        <source>Reveal the rest of the current phase</source>
        <translation>Den Rest der aktuellen Phase aufdecken</translation>
    </message>
    <message>
        <source>Finish iteration</source>
        <translation>Iteration abschließen</translation>
    </message>
    <message>
        <source>Reveal every remaining sub-step</source>
        <translation>Alle übrigen Teilschritte aufdecken</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step automatically on a timer</source>
        <translation>Automatisch im Takt weitergehen</translation>
    </message>
    <message>
        <source>Phase end</source>
        <translation>Phasenende</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Next iteration</source>
        <translation>Nächste Iteration</translation>
    </message>
    <message>
        <source>Another iteration on the same sample, starting from the updated weights</source>
        <translation>Eine weitere Iteration mit demselben Beispiel, ausgehend von den aktualisierten Gewichten</translation>
    </message>
    <message>
        <source>&amp;Your turn</source>
        <translation>Selbst &amp;rechnen</translation>
    </message>
    <message>
        <source>&amp;Hold the answer</source>
        <translation>Erst die &amp;Formel, dann die Zahlen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Your turn (Y)&lt;br&gt;Type each value before it is shown; FruitNet checks it and says where a wrong one went wrong</source>
        <translation>Selbst rechnen (Y)&lt;br&gt;Tippen Sie jeden Wert ein, bevor er gezeigt wird; FruitNet prüft ihn und sagt bei einem falschen, wo der Fehler liegt</translation>
    </message>
    <message>
        <source>A Step first shows the formula in symbols; the next press shows the numbers and the value (ask the class before revealing)</source>
        <translation>Ein Schritt zeigt zuerst die Formel in Symbolen; der nächste Druck zeigt Zahlen und Wert (um die Klasse vor dem Aufdecken zu fragen)</translation>
    </message>
    <message>
        <source>How fast Play steps</source>
        <translation>Wie schnell Abspielen weitergeht</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>How much one Step reveals</source>
        <translation>Wie viel ein Schritt aufdeckt</translation>
    </message>
    <message>
        <source>Pencil mode</source>
        <translation>Handrechnung</translation>
    </message>
    <message>
        <source>Round every intermediate to the chosen decimals and carry the rounded value forward, as the worked example does by hand</source>
        <translation>Jedes Zwischenergebnis auf die gewählten Nachkommastellen runden und mit dem gerundeten Wert weiterrechnen, wie das Rechenbeispiel von Hand</translation>
    </message>
    <message>
        <source> decimals</source>
        <translation> Nachkommastellen</translation>
    </message>
    <message>
        <source>Decimals kept in pencil mode</source>
        <translation>Nachkommastellen in der Handrechnung</translation>
    </message>
    <message>
        <source>The network&apos;s learning rate η, used by every update below and by training</source>
        <translation>Die Lernrate η des Netzes, verwendet von jeder Aktualisierung unten und vom Training</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Step reveals</source>
        <translation>Ein Schritt zeigt</translation>
    </message>
    <message>
        <source>Iteration {iteration} · &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation>Iteration {iteration} · &lt;b&gt;{shown} von {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Iteration {iteration} · step &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation>Iteration {iteration} · Schritt &lt;b&gt;{shown} von {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Iteration {iteration} · sub-step &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation>Iteration {iteration} · Teilschritt &lt;b&gt;{shown} von {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>The Step menu&apos;s words for each action, with its access key (Alt+letter once the menu is open); the buttons show the words without it (QAction.iconText), and the tooltips the plain source. Each translation picks letters unique within the Step menu (tests/ui/test_access_keys.py).</extracomment>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Run to &amp;end of phase</source>
        <translation>Bis zum &amp;Ende der Phase</translation>
    </message>
    <message>
        <source>&amp;Finish iteration</source>
        <translation>Iteration &amp;abschließen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>&amp;Next iteration</source>
        <translation>&amp;Nächste Iteration</translation>
    </message>
</context>
<context>
    <name>StepperBar</name>
    <message>
        <source>Stepper</source>
        <translation>Schrittsteuerung</translation>
    </message>
    <message>
        <source>Step through one iteration: Right or Space steps, Left goes back</source>
        <translation>Eine Iteration durchgehen: Rechts oder Leertaste geht weiter, Links zurück</translation>
    </message>
    <message>
        <source>current phase</source>
        <translation>aktuelle Phase</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Each node adds up its weighted inputs plus its bias weight (net), then squashes the sum with the sigmoid (out).</source>
        <translation>Jeder Knoten addiert seine gewichteten Eingaben plus sein Bias-Gewicht (net) und wendet dann die Sigmoidfunktion auf die Summe an (out).</translation>
    </message>
    <message>
        <source>Each node adds up its weighted inputs (net), then squashes the sum with the sigmoid (out).</source>
        <translation>Jeder Knoten addiert seine gewichteten Eingaben (net) und wendet dann die Sigmoidfunktion auf die Summe an (out).</translation>
    </message>
    <message>
        <source>How far the outputs are from the target: {error}.</source>
        <translation>Abstand zwischen den Ausgaben und dem Zielwert: {error}.</translation>
    </message>
    <message>
        <source>The chain rule gives ∂E_total/∂w for every weight, all from the old weights: outer weights, inner weights, outer bias weights, inner bias weights.</source>
        <translation>Die Kettenregel liefert ∂E_total/∂w für jedes Gewicht, alle aus den alten Gewichten: äußere Gewichte, innere Gewichte, äußere Bias-Gewichte, innere Bias-Gewichte.</translation>
    </message>
    <message>
        <source>Gradient descent: new = old − η × gradient for every weight.</source>
        <translation>Gradientenabstieg: neu = alt − η × Gradient für jedes Gewicht.</translation>
    </message>
    <message>
        <source>Gradient descent: new = old − η × gradient for every weight (the bias weights stay fixed).</source>
        <translation>Gradientenabstieg: neu = alt − η × Gradient für jedes Gewicht (die Bias-Gewichte bleiben fest).</translation>
    </message>
    <message>
        <source>pencil mode: every intermediate rounded to {n} decimals and carried forward</source>
        <translation>Handrechnung: jedes Zwischenergebnis auf {n} Nachkommastellen gerundet und weiterverwendet</translation>
    </message>
    <message>
        <source>exact float64 arithmetic; values show 4 decimals (4 significant digits below {hundredth}), and a formula&apos;s operands as many more as its result needs to add up</source>
        <translation>exakte Rechnung (ohne Rundung); Werte mit 4 Nachkommastellen (4 gültige Ziffern unter {hundredth}), die Operanden einer Formel mit so vielen Ziffern mehr, wie nötig sind, um ihr Ergebnis nachzurechnen</translation>
    </message>
    <message>
        <source>One training iteration: {name}</source>
        <translation>Eine Trainingsiteration: {name}</translation>
    </message>
    <message>
        <source>Layers: {layers}, sigmoid everywhere, bias input {bias}</source>
        <translation>Schichten: {layers}, überall Sigmoid, Bias-Eingang {bias}</translation>
    </message>
    <message>
        <source>Conventions: {text}</source>
        <translation>Konventionen: {text}</translation>
    </message>
    <message>
        <source>Input: {values}</source>
        <translation>Eingabe: {values}</translation>
    </message>
    <message>
        <source>Target: {values}</source>
        <translation>Zielwert: {values}</translation>
    </message>
    <message>
        <source>Learning rate η = {value}</source>
        <translation>Lernrate η = {value}</translation>
    </message>
    <message>
        <source>Arithmetic: {mode}</source>
        <translation>Rechnung: {mode}</translation>
    </message>
    <message>
        <source>finite difference (ε = {epsilon}): {difference}, backprop {backprop}, relative difference {relative}</source>
        <translation>Differenzenquotient (ε = {epsilon}): {difference}, Fehlerrückführung {backprop}, relative Abweichung {relative}</translation>
    </message>
    <message>
        <source>Teacher&apos;s note: {note}</source>
        <translation>Notiz der Lehrkraft: {note}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>E_total before the update: {value}</source>
        <translation>E_total vor der Aktualisierung: {value}</translation>
    </message>
    <message>
        <source>model {path}</source>
        <translation>Modell {path}</translation>
    </message>
    <message>
        <source>fruit classifier 36-36-2 (seed {seed})</source>
        <translation>Obst-Klassifikator 36-36-2 (Startwert {seed})</translation>
    </message>
    <message>
        <source>paper example 2-2-2</source>
        <translation>Beispiel des Artikels 2-2-2</translation>
    </message>
    <message>
        <source>lesson {title}</source>
        <translation>Lektion {title}</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>{n} features</source>
        <extracomment>The fruit images that come with FruitNet (see datasets/fruits-6x6/README.md).</extracomment>
        <translation>{n} Merkmale</translation>
    </message>
    <message>
        <source>{rows}×{cols} images</source>
        <translation>Bilder mit {rows}×{cols}</translation>
    </message>
    <message>
        <source>the model takes {n} inputs for {classes}, but the dataset has {has} of {data_classes}</source>
        <translation>das Modell nimmt {n} Eingaben für {classes}, aber der Datensatz hat {has} von {data_classes}</translation>
    </message>
    <message>
        <source>softmax output, cross-entropy</source>
        <translation>Softmax-Ausgabe, Kreuzentropie</translation>
    </message>
    <message>
        <source>The learning rate {lr} is very large: such steps push the sigmoids to 0 or 1, where their slope, and so every gradient, is about 0. Try {paper}, the paper&apos;s.</source>
        <extracomment>From this learning rate on, a run that learnt nothing is blamed on it.</extracomment>
        <translation>Die Lernrate {lr} ist sehr groß: Solche Schritte treiben die Sigmoidfunktionen nach 0 oder 1, wo ihre Steigung und damit jeder Gradient fast 0 ist. Versuchen Sie {paper}, die des Artikels.</translation>
    </message>
    <message>
        <source>Train for more epochs, or in online mode (one update per image: more updates per epoch than batches).</source>
        <translation>Trainieren Sie mehr Epochen oder im Online-Modus (eine Aktualisierung je Bild: mehr Aktualisierungen je Epoche als mit Batches).</translation>
    </message>
    <message>
        <source>Train for more epochs.</source>
        <translation>Trainieren Sie mehr Epochen.</translation>
    </message>
    <message>
        <source>the training set</source>
        <translation>der Trainingsdatensatz</translation>
    </message>
    <message>
        <source>has no images to train on</source>
        <translation>hat keine Bilder zum Trainieren</translation>
    </message>
    <message>
        <source>the test set must have the same kind, shape and classes as the training set</source>
        <translation>der Testdatensatz muss dieselbe Art, Form und dieselben Klassen haben wie der Trainingsdatensatz</translation>
    </message>
    <message>
        <source>has no images; reporting on the training set</source>
        <translation>hat keine Bilder; berichtet wird über den Trainingsdatensatz</translation>
    </message>
    <message>
        <source>--save-model needs the name of a file to save to</source>
        <translation>--save-model braucht den Namen einer Datei zum Speichern</translation>
    </message>
    <message>
        <source>is the training set this run reads</source>
        <translation>ist der Trainingsdatensatz, den dieser Lauf liest</translation>
    </message>
    <message>
        <source>is the test set this run reads</source>
        <translation>ist der Testdatensatz, den dieser Lauf liest</translation>
    </message>
    <message>
        <source>{role}; save the model under another name</source>
        <translation>{role}; speichern Sie das Modell unter einem anderen Namen</translation>
    </message>
    <message>
        <source>--batch-size is used only with --mode minibatch</source>
        <translation>--batch-size wird nur mit --mode minibatch verwendet</translation>
    </message>
    <message>
        <source>a batch of {size} holds all {n} images: one update per epoch, the same as --mode batch</source>
        <translation>ein Stapel von {size} enthält alle {n} Bilder: eine Aktualisierung je Epoche, wie --mode batch</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>minibatch of {n}</source>
        <translation>Mini-Batches zu {n}</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} Beispiele</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} Bilder</translation>
    </message>
    <message>
        <source>, testing on {n}</source>
        <translation>, Test mit {n}</translation>
    </message>
    <message>
        <source>Training {layers} on {on} ({how}, learning rate {lr} from {source}, seed {seed})</source>
        <translation>Training von {layers} mit {on} ({how}, Lernrate {lr} {source}, Startwert {seed})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>(Standardwert)</translation>
    </message>
    <message>
        <source>the model file</source>
        <translation>(aus der Modelldatei)</translation>
    </message>
    <message>
        <source>--lr</source>
        <translation>(aus --lr)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>train error</source>
        <translation>Trainingsfehler</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>Genauigkeit (Training)</translation>
    </message>
    <message>
        <source>test error</source>
        <translation>Testfehler</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>Genauigkeit (Test)</translation>
    </message>
    <message>
        <source>the error became infinite or NaN; try a smaller learning rate</source>
        <translation>der Fehler wurde unendlich oder NaN; versuchen Sie eine kleinere Lernrate</translation>
    </message>
    <message>
        <source>Confusion matrix on the test set (rows: true class, columns: predicted)</source>
        <translation>Konfusionsmatrix auf den Testdaten (Zeilen: wahre Klasse, Spalten: vorhergesagt)</translation>
    </message>
    <message>
        <source>Confusion matrix on the training set (rows: true class, columns: predicted)</source>
        <translation>Konfusionsmatrix auf den Trainingsdaten (Zeilen: wahre Klasse, Spalten: vorhergesagt)</translation>
    </message>
    <message>
        <source>Every sample was predicted as {name}: the network cannot tell the classes apart yet.</source>
        <translation>Jedes Beispiel wurde als {name} vorhergesagt: Das Netz kann die Klassen noch nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Every image was predicted as {name}: the network cannot tell the classes apart yet.</source>
        <translation>Jedes Bild wurde als {name} vorhergesagt: Das Netz kann die Klassen noch nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Saved the trained model to {path}</source>
        <translation>Trainiertes Modell gespeichert in {path}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>test set</source>
        <extracomment>What a matrix counts (TrainingRun.judged_on), for the title.</extracomment>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>sample in the editor</source>
        <translation>Beispiel im Editor</translation>
    </message>
    <message>
        <source>The confusion matrix appears here when training ends.</source>
        <extracomment>``cells[true][predicted]``: the labels showing each count.</extracomment>
        <translation>Die Konfusionsmatrix erscheint hier, wenn das Training endet.</translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation>vorhergesagt →</translation>
    </message>
    <message>
        <source>true ↓</source>
        <translation>wahr ↓</translation>
    </message>
    <message>
        <source>{count} {name} images predicted as {other} (right): {share} of the {name} images</source>
        <translation>{count} Bilder der Klasse {name} als {other} vorhergesagt (richtig): {share} der Bilder {name}</translation>
    </message>
    <message>
        <source>{count} {name} images predicted as {other} (wrong): {share} of the {name} images</source>
        <translation>{count} Bilder der Klasse {name} als {other} vorhergesagt (falsch): {share} der Bilder {name}</translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{right}&lt;/b&gt; of {total} right = &lt;b&gt;{percent}&lt;/b&gt;</source>
        <translation>Genauigkeit: &lt;b&gt;{right}&lt;/b&gt; von {total} richtig = &lt;b&gt;{percent}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Confusion matrix on the {what} ({images})</source>
        <translation>Konfusionsmatrix: {what} ({images})</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} Bilder</translation>
    </message>
    <message>
        <source>Percent: of the images of that row&apos;s true class.</source>
        <translation>Prozent: der Bilder der wahren Klasse dieser Zeile.</translation>
    </message>
    <message>
        <source>({n} wrong)</source>
        <translation>({n} falsch)</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Training… the confusion matrix appears when it ends.</source>
        <translation>Training… die Konfusionsmatrix erscheint, wenn es endet.</translation>
    </message>
    <message>
        <source>Stopped before training began: no matrix to show.</source>
        <translation>Vor Beginn des Trainings gestoppt: keine Matrix zu zeigen.</translation>
    </message>
    <message>
        <source>weight from each input pixel into the hidden node</source>
        <translation>Gewicht von jedem Eingabepixel zum verdeckten Knoten</translation>
    </message>
    <message>
        <source>Online: update per sample</source>
        <extracomment>Mode combo entries: the config&apos;s mode, what the student reads (short enough for the dock of a 1024-pixel window) and the item&apos;s tooltip.</extracomment>
        <translation>Online: Aktualisierung je Beispiel</translation>
    </message>
    <message>
        <source>One update after every sample, as in the paper</source>
        <translation>Eine Aktualisierung nach jedem Beispiel, wie im Artikel</translation>
    </message>
    <message>
        <source>Batch: update per epoch</source>
        <translation>Batch: Aktualisierung je Epoche</translation>
    </message>
    <message>
        <source>One update per epoch, with the mean gradient of all the training samples</source>
        <translation>Eine Aktualisierung je Epoche, mit dem mittleren Gradienten aller Trainingsbeispiele</translation>
    </message>
    <message>
        <source>Mini-batch: update per batch</source>
        <translation>Mini-Batch: Aktualisierung je Batch</translation>
    </message>
    <message>
        <source>One update per batch of samples (the batch size below), with their mean gradient</source>
        <translation>Eine Aktualisierung je Batch von Beispielen (Batchgröße unten), mit ihrem mittleren Gradienten</translation>
    </message>
    <message>
        <source>Finished all {epochs} epochs.</source>
        <translation>Alle {epochs} Epochen abgeschlossen.</translation>
    </message>
    <message>
        <source>Reached the target error after {epoch} epochs.</source>
        <translation>Zielfehler nach {epoch} Epochen erreicht.</translation>
    </message>
    <message>
        <source>Stopped after {epoch} epochs: the error is no longer a number (the learning rate is too large).</source>
        <translation>Nach {epoch} Epochen gestoppt: Der Fehler ist keine Zahl mehr (die Lernrate ist zu groß).</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>One epoch shows the network every training image once</source>
        <translation>Eine Epoche zeigt dem Netz jedes Trainingsbild einmal</translation>
    </message>
    <message>
        <source>η in  w⁺ = w − η · ∂E_total/∂w  (0.5 in the paper)</source>
        <translation>η in  w⁺ = w − η · ∂E_total/∂w  (0,5 im Artikel)</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> Beispiele</translation>
    </message>
    <message>
        <source>Mini-batch mode: the samples averaged for each update</source>
        <translation>Mini-Batch-Modus: die für jede Aktualisierung gemittelten Beispiele</translation>
    </message>
    <message>
        <source>The same seed shuffles the samples in the same order</source>
        <translation>Derselbe Startwert mischt die Beispiele in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>Stop early at training error</source>
        <translation>Früh anhalten bei Trainingsfehler unter</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Lernrate η</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Shuffle seed</source>
        <translation>Startwert des Mischens</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Train a copy of the network; the window stays usable</source>
        <translation>Eine Kopie des Netzes trainieren; das Fenster bleibt bedienbar</translation>
    </message>
    <message>
        <source>Stop and keep the weights learnt so far</source>
        <translation>Stoppen und die bisher gelernten Gewichte behalten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>No dataset for this network: training on the one sample in the editor (label “{label}”), as the worked example continues.</source>
        <translation>Kein Datensatz für dieses Netz: Training mit dem einen Beispiel im Editor (Klasse „{label}“), wie das Rechenbeispiel weitergeht.</translation>
    </message>
    <message>
        <source>Training on the &lt;b&gt;{n}&lt;/b&gt; images of the training set, testing on &lt;b&gt;{m}&lt;/b&gt;.</source>
        <translation>Training mit den &lt;b&gt;{n}&lt;/b&gt; Bildern der Trainingsdaten, Test mit &lt;b&gt;{m}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Training on the &lt;b&gt;{n}&lt;/b&gt; images of the training set (no test set).</source>
        <translation>Training mit den &lt;b&gt;{n}&lt;/b&gt; Bildern der Trainingsdaten (keine Testdaten).</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — pausiert</translation>
    </message>
    <message>
        <source> — pausing…</source>
        <translation> — wird pausiert…</translation>
    </message>
    <message>
        <source>After epoch {epoch}: training error &lt;b&gt;{error}&lt;/b&gt;, accuracy &lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation>Nach Epoche {epoch}: Trainingsfehler &lt;b&gt;{error}&lt;/b&gt;, Genauigkeit &lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>test error &lt;b&gt;{error}&lt;/b&gt;, accuracy &lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation>Testfehler &lt;b&gt;{error}&lt;/b&gt;, Genauigkeit &lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Go on training</source>
        <translation>Training fortsetzen</translation>
    </message>
    <message>
        <source>Pause training; the plots stay as they are</source>
        <translation>Training pausieren; die Kurven bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained</source>
        <translation>{epoch} von {epochs} Epochen trainiert</translation>
    </message>
    <message>
        <source>under 1 s left</source>
        <translation>weniger als 1 s übrig</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <source>The run of the previous network was stopped when another network was chosen; its weights were not kept.</source>
        <translation>Das Training des vorigen Netzes wurde gestoppt, als ein anderes Netz gewählt wurde; seine Gewichte wurden nicht behalten.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Stopped before training began: the network is as it was.</source>
        <translation>Vor Beginn des Trainings gestoppt: Das Netz ist unverändert.</translation>
    </message>
    <message>
        <source>Stopped during epoch {epoch}.</source>
        <translation>Während Epoche {epoch} gestoppt.</translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained — done</source>
        <translation>{epoch} von {epochs} Epochen trainiert — fertig</translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained — stopped</source>
        <translation>{epoch} von {epochs} Epochen trainiert — gestoppt</translation>
    </message>
    <message>
        <source> The network now has the trained weights: step through it to see them.</source>
        <translation> Das Netz hat jetzt die trainierten Gewichte: Gehen Sie es schrittweise durch, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>Nicht trainiert</translation>
    </message>
    <message>
        <source>Stopping the previous network&apos;s run…</source>
        <translation>Das Training des vorigen Netzes wird gestoppt…</translation>
    </message>
    <message>
        <source>mean E_total per sample</source>
        <extracomment>Runs of more epochs than this are drawn as lines only: symbols would be a smear.</extracomment>
        <translation>mittlerer E_total je Beispiel</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Train to see the error and accuracy after every epoch</source>
        <extracomment>Epochs drawn so far (the curves show the first ``_drawn`` of the history).</extracomment>
        <translation>Trainieren Sie, um Fehler und Genauigkeit nach jeder Epoche zu sehen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}: training error {error}</source>
        <translation>Epoche {epoch} von {epochs}: Trainingsfehler {error}</translation>
    </message>
    <message>
        <source>, test error {error}</source>
        <translation>, Testfehler {error}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>The dataset, epochs, learning rate and mode; Train, Pause and Stop</source>
        <translation>Der Datensatz, Epochen, Lernrate und Modus; Trainieren, Pause und Stopp</translation>
    </message>
    <message>
        <source>Training error to stop at</source>
        <translation>Trainingsfehler, bei dem gestoppt wird</translation>
    </message>
</context>
<context>
    <name>TrainingPlot</name>
    <message>
        <source>Training curves: error and accuracy per epoch</source>
        <extracomment>Below this height of the two plots together their axis titles are shortened. Below this width the caption is set smaller (the docks of a 1280×800 window).</extracomment>
        <translation>Trainingskurven: Fehler und Genauigkeit je Epoche</translation>
    </message>
    <message>
        <source>Training set blue, solid with circles; test set orange, dashed with squares</source>
        <translation>Trainingsdaten blau, durchgezogen mit Kreisen; Testdaten orange, gestrichelt mit Quadraten</translation>
    </message>
    <message>
        <source>Error and accuracy per epoch</source>
        <translation>Fehler und Genauigkeit je Epoche</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>weight {name} edit</source>
        <translation>Änderung des Gewichts {name}</translation>
    </message>
    <message>
        <source>training run {number}</source>
        <translation>Trainingslauf {number}</translation>
    </message>
    <message>
        <source>reset to run {number}&apos;s initial weights</source>
        <translation>Zurücksetzen auf die Anfangsgewichte von Lauf {number}</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>a weight you typed</source>
        <translation>ein Gewicht, das Sie eingetippt haben</translation>
    </message>
    <message>
        <source>the trained weights</source>
        <translation>die trainierten Gewichte</translation>
    </message>
    <message>
        <source>changes to the training set</source>
        <translation>die Änderungen an den Trainingsdaten</translation>
    </message>
    <message>
        <source>opening the lesson</source>
        <translation>Sie die Lektion öffnen</translation>
    </message>
    <message>
        <source>opening variant {n}</source>
        <translation>Sie Variante {n} öffnen</translation>
    </message>
    <message>
        <source>making a network for these features</source>
        <translation>Sie ein Netz für diese Merkmale erstellen</translation>
    </message>
    <message>
        <source>making the new network</source>
        <translation>Sie das neue Netz erstellen</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>Sie {name} öffnen</translation>
    </message>
    <message>
        <source>closing FruitNet</source>
        <translation>Sie FruitNet schließen</translation>
    </message>
    <message>
        <source>switching to another network</source>
        <extracomment>What replacing the network is called in the question about unsaved work.</extracomment>
        <translation>Sie zu einem anderen Netz wechseln</translation>
    </message>
    <message>
        <source>opening the paper&apos;s network</source>
        <translation>Sie das Netz des Artikels öffnen</translation>
    </message>
    <message>
        <source>opening the fruit network</source>
        <translation>Sie das Obst-Netz öffnen</translation>
    </message>
    <message>
        <source>the picture you painted</source>
        <translation>das Bild, das Sie gemalt haben</translation>
    </message>
    <message>
        <source>resetting to the weights run {number} started from</source>
        <translation>Sie auf die Gewichte zurücksetzen, mit denen Lauf {number} begann</translation>
    </message>
    <message>
        <source>your answers in Your turn</source>
        <translation>Ihre Antworten in Selbst rechnen</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>What replacing the network loses (the datasets stay with the window). What closing the window loses.</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <extracomment>The question while it is open (tests answer it by clicking its buttons).</extracomment>
        <translation>Nicht gespeicherte Arbeit</translation>
    </message>
    <message>
        <source>Save {what} before {doing}?</source>
        <translation>{what} speichern, bevor {doing}?</translation>
    </message>
    <message>
        <source>Discard loses it; Cancel goes back with everything as it is.</source>
        <translation>Verwerfen verliert es; Abbrechen kehrt zurück und lässt alles, wie es ist.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>(no files yet)</source>
        <translation>(noch keine Dateien)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>{path} is no longer there; it was taken off Open Recent.</source>
        <translation>{path} gibt es nicht mehr; es wurde aus Zuletzt geöffnet entfernt.</translation>
    </message>
    <message>
        <source>the weights from before your edit of {name}</source>
        <translation>die Gewichte von vor Ihrer Änderung von {name}</translation>
    </message>
    <message>
        <source>the weights from before run {number}</source>
        <translation>die Gewichte von vor Lauf {number}</translation>
    </message>
    <message>
        <source>the weights from before the reset</source>
        <translation>die Gewichte von vor dem Zurücksetzen</translation>
    </message>
    <message>
        <source>the weights run {number} started from</source>
        <translation>die Gewichte, mit denen Lauf {number} begann</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>View All</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>ViewBox options</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>(Achse)</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>Mausmodus</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>Verschieben (3 Tasten)</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>Rahmen zoomen (1 Taste)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>the previous run is still stopping; try again</source>
        <translation>das vorige Training wird noch gestoppt; versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>training stopped because of an internal error ({kind}: {error})</source>
        <extracomment>The runner reads the training process&apos;s messages this often (one frame at 60 Hz). Snapshots reach the views at most this often: five a second looks live. The training process sends a snapshot at most this often (the rest are merged). A stopped run whose process does not answer within this long is ended without it (the process is terminated; the next run starts a fresh one). A process that was let go and has not exited after this long is terminated. At most this many messages are read per poll, so a burst cannot hold up a frame. Every run&apos;s tag is below this: cancelling with it cancels them all. &quot;spawn&quot;: a fresh interpreter. Forking a process that runs Qt threads is unsafe.</extracomment>
        <translation>das Training wurde wegen eines internen Fehlers gestoppt ({kind}: {error})</translation>
    </message>
    <message>
        <source>the window is closing: no training now</source>
        <translation>das Fenster wird geschlossen: jetzt kein Training</translation>
    </message>
    <message>
        <source>the training process stopped answering</source>
        <translation>der Trainingsprozess antwortet nicht mehr</translation>
    </message>
    <message>
        <source>the training process ended unexpectedly (exit code {code})</source>
        <translation>der Trainingsprozess endete unerwartet (Exit-Code {code})</translation>
    </message>
    <message>
        <source> (details in {path})</source>
        <translation> (Details in {path})</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>Input</source>
        <extracomment>The answer&apos;s blank: 22 underscores are about 4.3 cm at 11 pt, room for &quot;−0,0134&quot; by hand. Room to work under a question on the blank sheet (mm): a line for the result, and a line of numbers for every :data:`_CHARS_PER_LINE` characters of the numbers line. At most this many lines of numbers (a sum over 36 inputs is worked on the side). Between two answers of the key (mm): each reads apart from the next.</extracomment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Bias weights</source>
        <translation>Bias-Gewichte</translation>
    </message>
    <message>
        <source>{n} weights: see the model file</source>
        <translation>{n} Gewichte: siehe Modelldatei</translation>
    </message>
    <message>
        <source>Bias input</source>
        <translation>Bias-Eingang</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Konventionen</translation>
    </message>
    <message>
        <source>round every value to {n} decimals (half up) and carry it forward</source>
        <translation>jeden Wert auf {n} Nachkommastellen runden (kaufmännisch) und weiterverwenden</translation>
    </message>
    <message>
        <source>exact: give at least 3 significant digits (4 decimals is plenty)</source>
        <translation>exakt: mindestens 3 gültige Ziffern angeben (4 Nachkommastellen genügen reichlich)</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Answer key: {title}</source>
        <extracomment>The picture&apos;s width in the HTML files. The name of the picture&apos;s place in a sheet&apos;s document (the drawing goes on it).</extracomment>
        <translation>Lösungsblatt: {title}</translation>
    </message>
    <message>
        <source>Worksheet: {title}</source>
        <translation>Arbeitsblatt: {title}</translation>
    </message>
    <message>
        <source>Step 1 · The network, the sample and the target</source>
        <translation>Schritt 1 · Das Netz, das Beispiel und der Zielwert</translation>
    </message>
    <message>
        <source>&lt;p&gt;Compute &lt;b&gt;{name}&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berechnen Sie &lt;b&gt;{name}&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check a hand calculation</source>
        <translation>Handrechnung prüfen</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <comment>0 or 1 right</comment>
        <translation>{right} von {n} richtig</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{right} von {n} richtig</translation>
    </message>
    <message>
        <source>; the first wrong one is {name} (line {line})</source>
        <translation>; die erste falsche ist {name} (Zeile {line})</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Right value</source>
        <translation>Richtiger Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Not answered ({n}): </source>
        <translation>Nicht beantwortet ({n}): </translation>
    </message>
    <message>
        <source>Every quantity was answered.</source>
        <translation>Jede Größe wurde beantwortet.</translation>
    </message>
    <message>
        <source>FruitNet worksheets</source>
        <translation>FruitNet-Arbeitsblätter</translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <extracomment>(how many files, the folder) once every file is written</extracomment>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>each quantity</source>
        <translation>jede Größe</translation>
    </message>
    <message>
        <source>each factor of the chain rule</source>
        <translation>jeden Faktor der Kettenregel</translation>
    </message>
    <message>
        <source> decimals (pencil mode)</source>
        <translation> Nachkommastellen (Handrechnung)</translation>
    </message>
    <message>
        <source>exact arithmetic instead</source>
        <translation>stattdessen exakt rechnen</translation>
    </message>
    <message>
        <source>a different 2-2-2 network for each student</source>
        <translation>ein anderes 2-2-2-Netz für jeden Schüler</translation>
    </message>
    <message>
        <source> students</source>
        <translation> Schüler</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>Startwert </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>One line per:</source>
        <translation>Eine Zeile je:</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>Rundung:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Was geschrieben wurde</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Folder for the worksheet</source>
        <translation>Ordner für das Arbeitsblatt</translation>
    </message>
    <message>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder}: ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the network in the window</source>
        <translation>das Netz im Fenster</translation>
    </message>
    <message>
        <source>Writing the variants…</source>
        <translation>Varianten werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{n} files written in {folder}</source>
        <translation>{n} Dateien geschrieben in {folder}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open variant</source>
        <translation>Variante öffnen</translation>
    </message>
    <message>
        <source>Variant number:</source>
        <translation>Variantennummer:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>target {value}</source>
        <extracomment>Networks with more edges are not drawn (their weights are in the model file). The picture&apos;s width on paper, and its labels&apos; size there. The picture&apos;s height, for its width. The width the vector drawing is made at (its units; it is scaled to the page).</extracomment>
        <translation>Zielwert {value}</translation>
    </message>
    <message>
        <source>variant {k} (seed {seed})</source>
        <translation>Variante {k} (Startwert {seed})</translation>
    </message>
    <message>
        <source>Summary key (seed {seed})</source>
        <translation>Lösungsübersicht (Startwert {seed})</translation>
    </message>
    <message>
        <source>Summary key: {n} variants (seed {seed})</source>
        <extracomment>The summary key&apos;s columns of (name | value) pairs, side by side. A value&apos;s cell: on one line, and apart from the next pair&apos;s name (Qt&apos;s rich text takes a padding in px, not the shorthand in pt).</extracomment>
        <translation>Lösungsübersicht: {n} Varianten (Startwert {seed})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Variant {k}</source>
        <translation>Variante {k}</translation>
    </message>
    <message>
        <source>--pencil takes 0 to 12 decimals, got {n}</source>
        <translation>--pencil nimmt 0 bis 12 Nachkommastellen, erhalten: {n}</translation>
    </message>
    <message>
        <source>--variants takes 1 to {most}, got {n}</source>
        <translation>--variants nimmt 1 bis {most}, erhalten: {n}</translation>
    </message>
    <message>
        <source>--variants makes its own networks: leave out --model, --preset, --input and --target</source>
        <translation>--variants erzeugt eigene Netze: Lassen Sie --model, --preset, --input und --target weg</translation>
    </message>
    <message>
        <source>--out {folder}: cannot be written ({reason})</source>
        <translation>--out {folder}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{n} variants (seed {seed}) in {folder}: each variant-NN/ has worksheet.pdf|.html|.md, answer-key.pdf|.html|.md, model.json and sample.json; summary-key.pdf|.html|.md and quiz-moodle.xml list every answer ({files} files, {seconds} s)</source>
        <translation>{n} Varianten (Startwert {seed}) in {folder}: Jedes variant-NN/ enthält worksheet.pdf|.html|.md, answer-key.pdf|.html|.md, model.json und sample.json; summary-key.pdf|.html|.md und quiz-moodle.xml listen jede Antwort ({files} Dateien, {seconds} s)</translation>
    </message>
    <message>
        <source>Worksheet and answer key for {name} in {folder}: {files} ({n} sub-steps, {seconds} s)</source>
        <translation>Arbeitsblatt und Lösungsblatt für {name} in {folder}: {files} ({n} Teilschritte, {seconds} s)</translation>
    </message>
    <message>
        <source>Answers (*.csv);;All files (*)</source>
        <translation>Antworten (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Zoom {percent} (Ctrl+0: {whole})</source>
        <extracomment>The levels Ctrl+= and Ctrl+− step through.</extracomment>
        <translation>Zoom {percent} (Strg+0: {whole})</translation>
    </message>
    <message>
        <source>Zoom {start} does not fit the window: now {level}.</source>
        <translation>Zoom {start} passt nicht ins Fenster: jetzt {level}.</translation>
    </message>
    <message>
        <source>the window would need {need} and the screen has {room}</source>
        <translation>das Fenster bräuchte {need}, der Bildschirm hat {room}</translation>
    </message>
    <message>
        <source>Zoom {level} refused: {problem}; it stays at {current}.</source>
        <translation>Zoom {level} abgelehnt: {problem}; er bleibt bei {current}.</translation>
    </message>
    <message>
        <source>Zoom is at its largest ({current}).</source>
        <translation>Der Zoom ist schon am größten ({current}).</translation>
    </message>
    <message>
        <source>Zoom is at its smallest ({current}).</source>
        <translation>Der Zoom ist schon am kleinsten ({current}).</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
</context>
<context>
    <name>_PixelGrid</name>
    <message>
        <source>Input pixels</source>
        <translation>Eingabepixel</translation>
    </message>
    <message>
        <source>Arrow keys choose a pixel, Space paints it, Delete clears it, Enter types its value</source>
        <translation>Pfeiltasten wählen ein Pixel, Leertaste malt es, Entf leert es, Eingabe tippt seinen Wert ein</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>What argparse (Python 3.10 to 3.13) says to a person, in its own English.</extracomment>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation>optionale Argumente</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit Argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wählen Sie aus %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (Auswahl: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>„%(filename)s“ lässt sich nicht öffnen: %(error)s</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (Standard: %(default)s)</translation>
    </message>
</context>
</TS>
